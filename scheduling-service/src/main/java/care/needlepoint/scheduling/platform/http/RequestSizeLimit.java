package care.needlepoint.scheduling.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import jakarta.inject.Inject;
import jakarta.inject.Provider;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;

/**
 * Refuses request bodies above the API's limit with a 413 problem before anything reads them. The HTTP server's own
 * limit ({@code quarkus.http.limits.max-body-size}) sits above this one as a backstop for bodies sent without a
 * Content-Length; it answers with a bare 413.
 */
public class RequestSizeLimit {

    // Filters are created while Quarkus initialises, before configuration mappings exist: resolve on first use.
    @Inject
    Provider<ApiLimits> limits;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalid("header", HttpHeaders.CONTENT_LENGTH, "must be a whole number of bytes");
        }
        long limit = limits.get().maxBodySize().asLongValue();
        if (length > limit) {
            throw Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The body has " + length + " bytes; this API accepts at most " + limit + ".");
        }
        return null;
    }
}
