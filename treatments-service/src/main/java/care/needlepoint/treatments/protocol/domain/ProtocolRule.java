package care.needlepoint.treatments.protocol.domain;

import java.util.Optional;

import care.needlepoint.treatments.protocol.api.ProtocolFields;

/** One rule a protocol must keep: nothing when it does, otherwise the field to fix and why. */
@FunctionalInterface
public interface ProtocolRule {

    Optional<RuleViolation> check(ProtocolFields protocol);
}
