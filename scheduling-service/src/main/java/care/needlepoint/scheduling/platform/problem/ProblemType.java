package care.needlepoint.scheduling.platform.problem;

import java.net.URI;

/**
 * The kinds of problem this service answers with. Each has a stable {@code type} URI and title; integrators switch on
 * the type, people read the {@code detail}. The catalogue is documented in docs/api-conventions.md.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read",
            "The request could not be read; check it against the API document."),
    VALIDATION_FAILED(400, "validation-failed", "The request is not valid",
            "The request is not valid."),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required",
            "This endpoint needs a bearer token: send Authorization: Bearer <JWT>."),
    FORBIDDEN(403, "forbidden", "This role may not do that",
            "The token's roles do not allow this operation; the API document lists the roles of each operation."),
    NOT_FOUND(404, "not-found", "No such resource",
            "There is nothing at this path; check the id and the path against the API document."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource",
            "This path does not accept the request's method; the API document lists the methods it does."),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation",
            "This API answers in application/json (errors in application/problem+json); accept one of those."),
    CONFLICT(409, "conflict", "The request conflicts with the current state",
            "The request conflicts with the current state of the resource."),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since you read it",
            "The resource has changed since you read it; read it again and reapply your change."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large",
            "The request body is larger than this API accepts."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type",
            "Send the body as application/json."),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for a different request",
            "This Idempotency-Key was first used for a different request; use a new key for a new request."),
    RULE_VIOLATED(422, "rule-violated", "A business rule refused the request",
            "A business rule refused the request."),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required",
            "Send If-Match with the ETag from your last read of this resource."),
    DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "A service this request depends on is unavailable",
            "A service this request depends on is unavailable; nothing was changed. Try again later."),
    INTERNAL_ERROR(500, "internal-error", "Internal error",
            "Something went wrong on our side; the error has been logged.");

    public static final String BASE_URI = "https://needlepoint.care/problems/";

    private final int status;
    private final URI uri;
    private final String title;
    private final String defaultDetail;

    ProblemType(int status, String slug, String title, String defaultDetail) {
        this.status = status;
        this.uri = URI.create(BASE_URI + slug);
        this.title = title;
        this.defaultDetail = defaultDetail;
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

    /** What to tell the caller when nothing more specific is known. */
    public String defaultDetail() {
        return defaultDetail;
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
