package care.needlepoint.treatments.protocol.domain;

/**
 * Why a rule refused a protocol: the field to fix, as a dotted path in the request's JSON (e.g.
 * {@code needleDepthMm.max}), and what is wrong with it.
 */
public record RuleViolation(String field, String message) {
}
