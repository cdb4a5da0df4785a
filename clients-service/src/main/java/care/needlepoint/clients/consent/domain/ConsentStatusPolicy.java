package care.needlepoint.clients.consent.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;

/**
 * Which state a consent is in, and where a client stands with a kind of consent. Pure: the service hands it the facts
 * it read, so the rules are tested in milliseconds.
 *
 * <p>A kind's status follows one <em>deciding</em> consent: the client's newest consent (by when it was signed) to the
 * kind's current version, or, when there is none, the client's newest consent of the kind to any version. So:
 * <ul>
 * <li>a consent to the current version outranks consents to older versions, whatever their dates: a paper form of
 * an outdated version recorded late does not hide a valid consent;</li>
 * <li>a newer signature outranks an older revoked consent to the same version (VALID again);</li>
 * <li>revoking the deciding consent makes the kind REVOKED, even if the client once signed the same version earlier:
 * a revocation withdraws consent to the kind until the client signs again;</li>
 * <li>with only consents to older versions, the newest decides: OUTDATED, or REVOKED if the client revoked it.</li>
 * </ul>
 * The service refuses a second standing consent to the same document, so a client has at most one unrevoked consent to
 * a kind's current version.
 */
public final class ConsentStatusPolicy {

    /**
     * Newest first: signed later, then recorded later, then the greater id as PostgreSQL orders uuids (unsigned bytes,
     * which is the order of their lower-case text), so that this order and the list's SQL order agree.
     */
    public static final Comparator<Consent> NEWEST_FIRST = Comparator.comparing(Consent::signedAt)
            .thenComparing(Consent::recordedAt)
            .thenComparing(consent -> consent.id().toString())
            .reversed();

    private ConsentStatusPolicy() {
    }

    /** The state of one consent, given the current version of its kind. */
    public static ConsentState stateOf(boolean revoked, int documentVersion, int currentVersion) {
        if (revoked) {
            return ConsentState.REVOKED;
        }
        return documentVersion == currentVersion ? ConsentState.VALID : ConsentState.OUTDATED;
    }

    /**
     * Where the client stands with {@code kind}.
     *
     * @param current  the kind's current document, or null when none has been published
     * @param consents the client's consents; those of other kinds are ignored
     */
    public static KindStatus statusOf(ConsentKind kind, CurrentDocument current, Collection<Consent> consents) {
        if (current == null) {
            return new KindStatus(kind, KindConsentState.NO_DOCUMENT, null, null);
        }
        Consent deciding = consents.stream()
                .filter(consent -> consent.kind() == kind && consent.documentVersion() == current.version())
                .min(NEWEST_FIRST)
                .orElseGet(() -> consents.stream().filter(consent -> consent.kind() == kind)
                        .min(NEWEST_FIRST).orElse(null));
        if (deciding == null) {
            return new KindStatus(kind, KindConsentState.MISSING, current, null);
        }
        KindConsentState state = switch (stateOf(deciding.revoked(), deciding.documentVersion(), current.version())) {
            case VALID -> KindConsentState.VALID;
            case OUTDATED -> KindConsentState.OUTDATED;
            case REVOKED -> KindConsentState.REVOKED;
        };
        return new KindStatus(kind, state, current, deciding);
    }

    /** The facts of one consent that the rules read. */
    public record Consent(UUID id, ConsentKind kind, int documentVersion, Instant signedAt, Instant recordedAt,
            boolean revoked) {
    }

    /** A kind's current (highest) document version. */
    public record CurrentDocument(UUID id, int version) {
    }

    /**
     * Where a client stands with one kind.
     *
     * @param current  null when {@code state} is NO_DOCUMENT
     * @param deciding the consent the state comes from; null when MISSING or NO_DOCUMENT
     */
    public record KindStatus(ConsentKind kind, KindConsentState state, CurrentDocument current, Consent deciding) {
    }
}
