package care.needlepoint.scheduling.platform.problem;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jose4j.jwt.consumer.InvalidJwtException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;

/**
 * The few exceptions that the problem extension does not turn into problems on our Quarkus version, mapped here and
 * passed through the same post-processing (and so through {@link ProblemCatalogue}) as all others:
 * <ul>
 * <li>401s: the extension's own mappers fail with NoSuchFieldError against Quarkus 3.36's security API;</li>
 * <li>JSON binding errors: Quarkus REST's built-in mapper for MismatchedInputException takes precedence over the
 * extension's and answers with a body that is not a problem.</li>
 * </ul>
 * Remove a mapper here once the extension handles its case again; the tests will tell.
 */
public class ProblemMappers {

    private static final int BEFORE_EXTENSION_AND_BUILT_INS = Priorities.USER - 100;

    @ServerExceptionMapper(value = UnauthorizedException.class, priority = BEFORE_EXTENSION_AND_BUILT_INS)
    public Response missingCredentials(RoutingContext request, UnauthorizedException exception) {
        return unauthorized(request, exception, "Bearer",
                "This endpoint needs a bearer token: send Authorization: Bearer <JWT>.");
    }

    @ServerExceptionMapper(value = AuthenticationFailedException.class, priority = BEFORE_EXTENSION_AND_BUILT_INS)
    public Response rejectedCredentials(RoutingContext request, AuthenticationFailedException exception) {
        String detail = hasExpired(exception)
                ? "The bearer token has expired; get a new one."
                : "The bearer token was not accepted: it is malformed, not signed by the trusted key, "
                        + "from another issuer, or not yet valid.";
        return unauthorized(request, exception, "Bearer error=\"invalid_token\"", detail);
    }

    @ServerExceptionMapper(value = MismatchedInputException.class, priority = BEFORE_EXTENSION_AND_BUILT_INS)
    public Response mismatchedJson(RoutingContext request, MismatchedInputException exception) {
        return badJson(request, exception);
    }

    @ServerExceptionMapper(value = JsonProcessingException.class, priority = BEFORE_EXTENSION_AND_BUILT_INS)
    public Response unreadableJson(RoutingContext request, JsonProcessingException exception) {
        return badJson(request, exception);
    }

    private static Response badJson(RoutingContext request, JsonProcessingException exception) {
        // ProblemCatalogue rewrites it from the cause into a problem that names the field.
        return postProcessed(HttpProblem.valueOf(Response.Status.BAD_REQUEST), exception, request);
    }

    private static Response unauthorized(RoutingContext request, Exception exception, String challenge,
            String detail) {
        ProblemType type = ProblemType.UNAUTHORIZED;
        HttpProblem problem = HttpProblem.builder()
                .withType(type.uri()).withTitle(type.title()).withStatus(type.status())
                .withDetail(detail)
                .withHeader("WWW-Authenticate", challenge)
                .build();
        return postProcessed(problem, exception, request);
    }

    private static Response postProcessed(HttpProblem problem, Throwable cause, RoutingContext request) {
        ProblemContext context = ProblemContext.of(cause, request == null ? null : request.normalizedPath());
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, context).toResponse();
    }

    private static boolean hasExpired(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }
}
