package care.needlepoint.clients.client.domain;

/** Fitzpatrick phototype, from always burns (I) to never burns (VI); docs/domain.md. */
public enum SkinType {
    I, II, III, IV, V, VI
}
