package care.needlepoint.clients.platform.problem;

import java.net.URI;

/**
 * The kinds of problem this service answers with. Each has a stable {@code type} URI and title; integrators switch on
 * the type, people read the {@code detail}. The catalogue is documented in docs/api-conventions.md.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
    VALIDATION_FAILED(400, "validation-failed", "The request is not valid"),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "This role may not do that"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for a different request"),
    RULE_VIOLATED(422, "rule-violated", "A business rule refused the request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required"),
    DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "A service this request depends on is unavailable"),
    INTERNAL_ERROR(500, "internal-error", "Internal error");

    public static final String BASE_URI = "https://needlepoint.care/problems/";

    private final int status;
    private final URI uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = URI.create(BASE_URI + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The generic type for a status that no mapper gave a more specific one, or null for "about:blank". */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATED;
            case 428 -> PRECONDITION_REQUIRED;
            case 503 -> DEPENDENCY_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : null;
        };
    }
}
