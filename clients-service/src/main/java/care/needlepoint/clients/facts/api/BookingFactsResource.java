package care.needlepoint.clients.facts.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.clients.audit.domain.AuditTrail;
import care.needlepoint.clients.facts.domain.BookingFactsService;
import care.needlepoint.clients.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/booking-facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booking facts", description = "One read for the other Needlepoint services before they book or treat.")
public class BookingFactsResource {

    @Inject
    BookingFactsService facts;

    @GET
    @RolesAllowed({ Roles.SERVICE, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getBookingFacts", summary = "Read what booking and treating a client depends on",
            description = "Status (and whether bookable), time zone, the latest screening with its answers and "
                    + "state, and the valid consents, read together. For Needlepoint services (role `service`, "
                    + "naming the person they act for in `" + AuditTrail.ON_BEHALF_OF_HEADER + "`), practitioners "
                    + "and admins; audited. An erased or archived client is answered, with `bookable: false`.")
    @Parameter(name = AuditTrail.ON_BEHALF_OF_HEADER, in = ParameterIn.HEADER, required = false,
            description = "For a calling service: the token subject of the person it acts for; recorded in the audit "
                    + "trail next to the service, never used to grant access.", example = "front-desk:sam.reid",
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @APIResponse(responseCode = "200", description = "The client's booking facts.")
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public BookingFactsView get(
            @Parameter(description = "The client's id.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
            @PathParam("clientId") UUID clientId) {
        return facts.factsFor(clientId);
    }
}
