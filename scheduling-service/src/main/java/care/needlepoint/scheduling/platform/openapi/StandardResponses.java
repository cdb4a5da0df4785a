package care.needlepoint.scheduling.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares, on every operation, the error answers that come from the conventions rather than from the operation
 * itself (docs/api-conventions.md), so that each resource method declares only what is specific to it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponses implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/HttpProblem";
    private static final String VALIDATION_PROBLEM = "#/components/schemas/HttpValidationProblem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();

        if (hasBody || hasParameters) {
            addIfAbsent(responses, "400", "The request is malformed or invalid; `violations` names each offending "
                    + "field and where it was (body, query, path, header).", VALIDATION_PROBLEM);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.addAPIResponse("401", problem("No bearer token, or one that is expired, malformed or not "
                    + "signed by the trusted issuer. WWW-Authenticate says which.", PROBLEM));
            responses.addAPIResponse("403", problem("The token's roles do not allow this operation.", PROBLEM));
        }
        if (hasBody) {
            addIfAbsent(responses, "413", "The body is larger than the API accepts.", PROBLEM);
            addIfAbsent(responses, "415", "The body is not application/json.", PROBLEM);
        }
        if (acceptsIdempotencyKey(operation)) {
            addIfAbsent(responses, "422", "The Idempotency-Key was already used for a different request.", PROBLEM);
        }
        addIfAbsent(responses, "500", "An unexpected error; the body carries no internals, the log has the cause.",
                PROBLEM);
        return operation;
    }

    private static boolean acceptsIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (Idempotency.HEADER.equals(parameter.getName())) {
                return true;
            }
        }
        return false;
    }

    private static void addIfAbsent(APIResponses responses, String status, String description, String schema) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, problem(description, schema));
        }
    }

    private static APIResponse problem(String description, String schema) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema))));
    }
}
