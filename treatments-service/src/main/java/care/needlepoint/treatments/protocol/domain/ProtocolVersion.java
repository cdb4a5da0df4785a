package care.needlepoint.treatments.protocol.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One immutable version of a protocol: what a course is planned from and keeps while the catalogue moves on.
 *
 * @param version          1 for the protocol as created, one more for each edit; also the ETag
 * @param current          whether this is the protocol's current version
 * @param protocolCreatedAt when the protocol's first version was created
 * @param createdAt        when this version was created
 * @param createdBy        the token subject of the administrator who created this version
 */
public record ProtocolVersion(
        UUID protocolId,
        String code,
        int version,
        boolean current,
        ProtocolDefinition definition,
        Instant protocolCreatedAt,
        Instant createdAt,
        String createdBy) {
}
