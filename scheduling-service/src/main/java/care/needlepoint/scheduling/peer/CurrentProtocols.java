package care.needlepoint.scheduling.peer;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Protocols' current versions as treatments-service last told us, for up to {@link #FRESH_FOR}: every booking and
 * availability search needs the protocol's minutes, and asking treatments-service each time was one of a booking's
 * four HTTP hops. A published version never changes, so the only thing that can go stale is which version is
 * current; every booking's eligibility answer names the version treatments-service judged, and
 * {@link #confirm} turns a difference into {@link ProtocolChanged} after forgetting the stale copy, so that nothing
 * is stored with an outdated version. An availability search may plan with a version up to {@link #FRESH_FOR} old.
 */
@ApplicationScoped
public class CurrentProtocols {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Known(Protocol protocol, long readAtNanos) {
    }

    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    @Inject
    TreatmentCatalogue treatments;

    /** The protocol's current version, or empty when treatments-service has no such protocol (never kept). */
    public Optional<Protocol> get(UUID protocolId, String onBehalfOf) {
        Known copy = known.get(protocolId);
        if (copy != null && System.nanoTime() - copy.readAtNanos() < FRESH_FOR.toNanos()) {
            return Optional.of(copy.protocol());
        }
        Optional<Protocol> current = treatments.protocol(protocolId, onBehalfOf);
        current.ifPresentOrElse(p -> known.put(protocolId, new Known(p, System.nanoTime())),
                () -> known.remove(protocolId));
        return current;
    }

    /**
     * Checks that {@code used} is the version treatments-service judged ({@code judgedVersion}, from an eligibility
     * answer; null when it did not say). When it is not, the copy is forgotten and {@link ProtocolChanged} is thrown:
     * the caller plans again with the current version.
     */
    public void confirm(Protocol used, Integer judgedVersion) {
        if (judgedVersion != null && !judgedVersion.equals(used.version())) {
            known.remove(used.id());
            throw new ProtocolChanged(used.id(), used.version(), judgedVersion);
        }
    }

    /** A booking was planned with a protocol version that is no longer current; nothing has been stored. */
    public static final class ProtocolChanged extends RuntimeException {

        private final UUID protocolId;
        private final int judgedVersion;

        ProtocolChanged(UUID protocolId, Integer used, int judgedVersion) {
            super("protocol " + protocolId + " is at version " + judgedVersion + ", not " + used, null, false, false);
            this.protocolId = protocolId;
            this.judgedVersion = judgedVersion;
        }

        public UUID protocolId() {
            return protocolId;
        }

        public int judgedVersion() {
            return judgedVersion;
        }
    }
}
