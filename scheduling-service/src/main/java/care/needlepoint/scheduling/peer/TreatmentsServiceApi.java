package care.needlepoint.scheduling.peer;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The treatments-service operations this service calls. Only {@link TreatmentCatalogue} uses them. */
@RegisterRestClient(configKey = "treatments-service")
@Path("/api/v1")
interface TreatmentsServiceApi {

    /** getProtocol: the current version (docs/api/treatments-service.json). */
    @GET
    @Path("protocols/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Protocol protocol(@PathParam("id") UUID protocolId,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(ServiceCredentials.ON_BEHALF_OF) String onBehalfOf);

    /** checkEligibility (contract in the scheduling-service README, "Calls to other services"). */
    @GET
    @Path("eligibility")
    @Produces(MediaType.APPLICATION_JSON)
    Eligibility eligibility(@QueryParam("clientId") UUID clientId, @QueryParam("protocolId") UUID protocolId,
            @QueryParam("on") String on,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(ServiceCredentials.ON_BEHALF_OF) String onBehalfOf);

    /** checkSeriesEligibility (docs/api/treatments-service.json): one verdict per date, the facts read once. */
    @GET
    @Path("eligibility/series")
    @Produces(MediaType.APPLICATION_JSON)
    SeriesEligibilityAnswer seriesEligibility(@QueryParam("clientId") UUID clientId,
            @QueryParam("protocolId") UUID protocolId, @QueryParam("on") List<String> on,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(ServiceCredentials.ON_BEHALF_OF) String onBehalfOf);

    /** getCourse (docs/api/treatments-service.json). */
    @GET
    @Path("courses/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Course course(@PathParam("id") UUID courseId,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(ServiceCredentials.ON_BEHALF_OF) String onBehalfOf);

    /** listMaintenanceRecalls (docs/api/treatments-service.json). */
    @GET
    @Path("maintenance-recalls")
    @Produces(MediaType.APPLICATION_JSON)
    MaintenanceRecalls maintenanceRecalls(@QueryParam("dueBy") String dueBy, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(ServiceCredentials.ON_BEHALF_OF) String onBehalfOf);
}
