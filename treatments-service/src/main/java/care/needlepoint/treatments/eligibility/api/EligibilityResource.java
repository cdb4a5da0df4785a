package care.needlepoint.treatments.eligibility.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.shared.Ids;

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
            @Parameter(description = "The client's id (clients-service).", required = true,
                    example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("clientId") String clientId,
            @Parameter(description = "The protocol's id; its current version is used.", required = true,
                    example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("protocolId") String protocolId,
            @Parameter(description = "Areas to be treated, repeated (areas=CHEEKS&areas=TEMPLES); each one of the "
                    + "protocol's treatment areas. Default: all of them.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BodyArea.class, maxItems = 21))
            @QueryParam("areas") List<String> areas,
            @Parameter(description = "The planned treatment date (YYYY-MM-DD) in the clinic's time zone; "
                    + "contraindication windows are judged on it. Default: today.", example = "2026-12-03",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String on) {
        List<BodyArea> treated = new ArrayList<>();
        for (String area : areas == null ? List.<String>of() : areas) {
            BodyArea value = QueryParameters.enumValue("areas", area, BodyArea.class);
            if (value != null && !treated.contains(value)) {
                treated.add(value);
            }
        }
        return EligibilityView.of(eligibility.check(Ids.requiredQuery("clientId", clientId),
                Ids.requiredQuery("protocolId", protocolId), treated, QueryParameters.dateValue("on", on)));
    }
}
