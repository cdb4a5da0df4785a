package care.needlepoint.clients.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import care.needlepoint.clients.platform.problem.ProblemType;
import care.needlepoint.clients.platform.problem.Problems;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses request bodies above the API's limit with a 413 problem before anything reads them. The HTTP server's own
 * limit ({@code quarkus.http.limits.max-body-size}) sits above this one as a backstop for bodies sent without a
 * Content-Length; it answers with a bare 413.
 */
public class RequestSizeLimit {

    @ConfigProperty(name = "needlepoint.api.max-body-size", defaultValue = "256K")
    MemorySize maxBodySize;

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
        if (length > maxBodySize.asLongValue()) {
            throw Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The body has " + length + " bytes; this API accepts at most "
                    + maxBodySize.asLongValue() + ".");
        }
        return null;
    }
}
