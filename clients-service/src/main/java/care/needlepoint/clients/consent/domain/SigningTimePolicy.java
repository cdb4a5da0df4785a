package care.needlepoint.clients.consent.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a consent may say it was signed: not before its document existed (nobody can sign a text before it is
 * published), and not in the future beyond a small tolerance for the clocks of tablets and signature pads that run
 * ahead of the server's.
 */
public final class SigningTimePolicy {

    private SigningTimePolicy() {
    }

    /** Why {@code signedAt} cannot be right, or empty when it can. */
    public static Optional<String> violation(Instant signedAt, Instant documentPublishedAt, Instant now,
            Duration futureTolerance) {
        if (signedAt.isAfter(now.plus(futureTolerance))) {
            return Optional.of("must not be in the future: it is after " + now + " (the server's clock) by more than "
                    + describe(futureTolerance));
        }
        if (signedAt.isBefore(documentPublishedAt)) {
            return Optional.of("must not be before the document was published at " + documentPublishedAt);
        }
        return Optional.empty();
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
