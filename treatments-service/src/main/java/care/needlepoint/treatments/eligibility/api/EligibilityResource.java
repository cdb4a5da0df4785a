package care.needlepoint.treatments.eligibility.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.treatments.eligibility.domain.EligibilityService;
import care.needlepoint.treatments.platform.http.QueryParameters;
import care.needlepoint.treatments.platform.problem.Problems;
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.protocol.domain.BodyArea;

@Path("/api/v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "Whether a client may be booked for a protocol, judged from the client's "
        + "current screening, consents and status in clients-service against the protocol's contraindication rules. "
        + "scheduling-service asks before it books.")
public class EligibilityResource {

    @Inject
    EligibilityService eligibility;

    @GET
    @RolesAllowed({ Roles.SERVICE, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "checkEligibility", summary = "Check a client's eligibility for a protocol",
            description = "Reads the client's booking facts from clients-service (with this service's own "
                    + "credential, naming the caller) and judges them against the protocol's current version. A "
                    + "client who is not bookable, a missing or expired screening and a missing "
                    + "MICRONEEDLING_TREATMENT consent are BLOCK findings, not errors; contraindication rules give "
                    + "BLOCK or WARN findings. Shows the outcome and reasons only, never the screening answers, so "
                    + "front-desk may call it. Stores nothing.")
    @APIResponse(responseCode = "200", description = "The outcome and every finding.")
    @APIResponse(responseCode = "404", description = "No protocol with this id, or no client with this id; the "
            + "detail says which.")
    @APIResponse(responseCode = "503", description = "clients-service cannot answer (dependency-unavailable); "
            + "try again later.")
    public EligibilityView check(
            @BeanParam EligibilityQuery query,
            @Parameter(description = "The planned treatment date (YYYY-MM-DD) in the clinic's time zone; "
                    + "contraindication windows are judged on it. Default: today.", example = "2026-12-03",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String on) {
        return EligibilityView.of(eligibility.check(query.client(), query.protocol(), query.treatedAreas(),
                QueryParameters.dateValue("on", on)));
    }

    /** A series has at most this many sessions (scheduling-service's bookSeries), so no more dates are judged. */
    static final int MAX_DATES = 12;

    @GET
    @Path("series")
    @RolesAllowed({ Roles.SERVICE, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "checkSeriesEligibility", summary = "Check a client's eligibility on each date of a "
            + "planned series",
            description = "The same judgement as checkEligibility, made for each of the dates given (the sessions of "
                    + "a planned series, 1 to " + MAX_DATES + " dates): the client's booking facts and the protocol's "
                    + "current version are read once and judged on every date, so contraindication windows that end "
                    + "or begin between sessions show on the right date. A date given twice is judged once. The "
                    + "answer has no overall outcome: whether a finding on a later date should stop the series (a "
                    + "screening that will have expired by then, say) is the booking's decision. Stores nothing.")
    @APIResponse(responseCode = "200", description = "One verdict per date, in the order asked.")
    @APIResponse(responseCode = "404", description = "No protocol with this id, or no client with this id; the "
            + "detail says which.")
    @APIResponse(responseCode = "503", description = "clients-service cannot answer (dependency-unavailable); "
            + "try again later.")
    public SeriesEligibilityView checkSeries(
            @BeanParam EligibilityQuery query,
            @Parameter(description = "The planned session dates (YYYY-MM-DD) in the clinic's time zone, repeated "
                    + "(on=2026-12-03&on=2026-12-31).", required = true,
                    schema = @Schema(type = SchemaType.ARRAY, minItems = 1, maxItems = MAX_DATES,
                            implementation = LocalDate.class))
            @QueryParam("on") List<String> on) {
        UUID client = query.client();
        UUID protocol = query.protocol();
        List<BodyArea> areas = query.treatedAreas();
        List<LocalDate> dates = new ArrayList<>();
        for (String value : on == null ? List.<String>of() : on) {
            LocalDate date = QueryParameters.dateValue("on", value);
            if (date != null && !dates.contains(date)) {
                dates.add(date);
            }
        }
        if (dates.isEmpty()) {
            throw Problems.invalid("query", "on", "is required: one date per session, repeated (on=2026-12-03&"
                    + "on=2026-12-31)");
        }
        if (dates.size() > MAX_DATES) {
            throw Problems.invalid("query", "on", "at most " + MAX_DATES + " dates (a series has at most "
                    + MAX_DATES + " sessions); " + dates.size() + " were given");
        }
        return SeriesEligibilityView.of(eligibility.checkOn(client, protocol, areas, dates));
    }
}
