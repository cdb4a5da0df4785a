package care.needlepoint.treatments.clients;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The part of clients-service's API this service calls (docs/api/clients-service.json). Package-private: everything
 * goes through {@link ClientsService}, which owns timeouts, retries, the circuit breaker and the error mapping.
 */
@Path("/api/v1/clients")
interface ClientsApi {

    String ON_BEHALF_OF = "Needlepoint-On-Behalf-Of";

    @GET
    @Path("{clientId}/booking-facts")
    @Produces(MediaType.APPLICATION_JSON)
    BookingFacts bookingFacts(@PathParam("clientId") UUID clientId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(ON_BEHALF_OF) String onBehalfOf);
}
