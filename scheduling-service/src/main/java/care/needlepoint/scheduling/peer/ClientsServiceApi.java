package care.needlepoint.scheduling.peer;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The one clients-service operation this service calls. Only {@link ClientDirectory} uses it. */
@RegisterRestClient(configKey = "clients-service")
@Path("/api/v1/clients")
interface ClientsServiceApi {

    /** getBookingFacts (docs/api/clients-service.json). */
    @GET
    @Path("{clientId}/booking-facts")
    @Produces(MediaType.APPLICATION_JSON)
    BookingFacts bookingFacts(@PathParam("clientId") UUID clientId,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(ServiceCredentials.ON_BEHALF_OF) String onBehalfOf);
}
