package care.needlepoint.treatments.protocol.domain;

import java.util.List;

import care.needlepoint.treatments.protocol.api.ProtocolFields;

/**
 * One rule a protocol must keep: nothing when it does, otherwise each field to fix and why (a rule about list
 * elements may find several).
 */
@FunctionalInterface
public interface ProtocolRule {

    List<RuleViolation> check(ProtocolFields protocol);
}
