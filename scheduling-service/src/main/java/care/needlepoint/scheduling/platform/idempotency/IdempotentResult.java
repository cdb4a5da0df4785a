package care.needlepoint.scheduling.platform.idempotency;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;

/** What a creating operation answered: kept with its Idempotency-Key so that a retry gets exactly the same answer. */
public record IdempotentResult(int status, URI location, EntityTag entityTag, Object body) {

    public static IdempotentResult created(URI location, EntityTag entityTag, Object body) {
        return new IdempotentResult(201, location, entityTag, body);
    }
}
