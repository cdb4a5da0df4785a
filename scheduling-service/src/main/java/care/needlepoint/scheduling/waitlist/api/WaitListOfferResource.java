package care.needlepoint.scheduling.waitlist.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.appointment.api.Callers;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.security.Roles;
import care.needlepoint.scheduling.waitlist.domain.WaitListOfferStatus;
import care.needlepoint.scheduling.waitlist.domain.WaitListService;

@Path("/api/v1/wait-list-offers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wait-list offers", description = "Freed slots offered to wait-list entries, for the front desk to call "
        + "the client; accepting books the slot through the normal booking path.")
public class WaitListOfferResource {

    static final String OFFER_EXAMPLE = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";

    @Inject
    WaitListService waitList;

    @Inject
    Idempotency idempotency;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "listWaitListOffers", summary = "List wait-list offers",
            description = "Oldest first (then id), optionally of one status: `status=OPEN` lists the clients to "
                    + "call. Offers past their expiry read as EXPIRED (and their slots have passed on).")
    @APIResponse(responseCode = "200", description = "One page of offers.")
    public Page<WaitListOfferView> list(
            @Parameter(description = "Only offers with this status.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "OPEN", "ACCEPTED", "DECLINED", "EXPIRED", "TAKEN", "WITHDRAWN" }),
                    example = "OPEN")
            @QueryParam("status") String status,
            @BeanParam PageRequest page) {
        return waitList.offers(QueryParameters.enumValue("status", status, WaitListOfferStatus.class), page.cursor(),
                page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "getWaitListOffer", summary = "Read a wait-list offer")
    @APIResponse(responseCode = "200", description = "The offer.",
            content = @Content(schema = @Schema(implementation = WaitListOfferView.class)))
    @APIResponse(responseCode = "404", description = "No offer with this id.")
    public WaitListOfferView get(@Parameter(description = "The offer's id.", example = OFFER_EXAMPLE)
            @PathParam("id") UUID id) {
        return waitList.offer(id);
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "acceptWaitListOffer", summary = "Accept an offer: book the slot",
            description = "Books the offered time for the entry's client through bookAppointment's path and checks "
                    + "(hours, client, consent, eligibility, no overlap). The offer becomes ACCEPTED and the entry "
                    + "BOOKED. An offer does not hold the slot: when someone booked the time first, the answer is a "
                    + "409 with `conflicts`, the offer becomes TAKEN and any time left passes to the next entry. A "
                    + "retry with the same Idempotency-Key returns the first answer.")
    @APIResponse(responseCode = "201", description = "Booked; Location names the appointment.",
            headers = { @Header(name = "Location", description = "URL of the appointment"),
                    @Header(name = "ETag", description = "Version of the appointment") },
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No offer with this id.")
    @APIResponse(responseCode = "409", description = "The offer is not OPEN (`currentStatus`, e.g. EXPIRED), or "
            + "the time was taken meanwhile (`conflicts`, `offerStatus` TAKEN).")
    @APIResponse(responseCode = "422", description = "A booking rule refuses it (`reasons`, as bookAppointment; a WARN "
            + "outcome until `acknowledgeWarnings=true`); the offer stays OPEN. Or the Idempotency-Key "
            + "was used for another request.")
    @APIResponse(responseCode = "503", description = "clients-service or treatments-service could not answer; "
            + "nothing was booked and the offer stays OPEN.")
    public Response accept(
            @Parameter(description = "The offer's id.", example = OFFER_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(description = "true when the eligibility check WARNs and the client agreed after hearing the "
                    + "warnings (as bookAppointment's acknowledgeWarnings); a BLOCK is never bookable.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("acknowledgeWarnings") String acknowledgeWarnings) {
        var caller = callers.current();
        boolean acknowledged = Boolean.TRUE.equals(
                QueryParameters.booleanValue("acknowledgeWarnings", acknowledgeWarnings));
        AcceptanceRequest request = new AcceptanceRequest(id, acknowledged);
        return idempotency.execute(idempotencyKey, "acceptWaitListOffer", request,
                () -> waitList.check(id, acknowledged, caller), checked -> {
                    AppointmentView booked = waitList.accept(checked, caller);
                    return IdempotentResult.created(URI.create("/api/v1/appointments/" + booked.id()),
                            EntityTags.of(booked.version()), booked);
                });
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "declineWaitListOffer", summary = "Decline an offer",
            description = "OPEN → DECLINED; the slot is offered to the next matching entry in queue order. The entry "
                    + "stays ACTIVE for other slots.")
    @APIResponse(responseCode = "200", description = "Declined.",
            content = @Content(schema = @Schema(implementation = WaitListOfferView.class)))
    @APIResponse(responseCode = "404", description = "No offer with this id.")
    @APIResponse(responseCode = "409", description = "The offer is not OPEN (`currentStatus`).")
    public WaitListOfferView decline(@Parameter(description = "The offer's id.", example = OFFER_EXAMPLE)
            @PathParam("id") UUID id) {
        return waitList.decline(id, callers.current());
    }

    /** What an Idempotency-Key stands for: the offer and whether warnings were acknowledged. */
    record AcceptanceRequest(UUID offerId, boolean acknowledgeWarnings) {
    }
}
