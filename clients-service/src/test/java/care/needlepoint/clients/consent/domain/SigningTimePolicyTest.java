package care.needlepoint.clients.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SigningTimePolicyTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void anyTimeFromPublicationToShortlyAfterNowIsAccepted() {
        assertThat(SigningTimePolicy.violation(PUBLISHED, PUBLISHED, NOW, FIVE_MINUTES)).isEmpty();
        assertThat(SigningTimePolicy.violation(NOW.minusSeconds(3600), PUBLISHED, NOW, FIVE_MINUTES)).isEmpty();
        assertThat(SigningTimePolicy.violation(NOW, PUBLISHED, NOW, FIVE_MINUTES)).isEmpty();
        assertThat(SigningTimePolicy.violation(NOW.plus(FIVE_MINUTES), PUBLISHED, NOW, FIVE_MINUTES)).isEmpty();
    }

    @Test
    void moreThanTheToleranceInTheFutureIsRefused() {
        assertThat(SigningTimePolicy.violation(NOW.plus(FIVE_MINUTES).plusNanos(1000), PUBLISHED, NOW, FIVE_MINUTES))
                .hasValue("must not be in the future: it is after 2026-11-21T10:00:00Z (the server's clock) by more "
                        + "than 5 minutes");
        assertThat(SigningTimePolicy.violation(NOW.plusSeconds(31), PUBLISHED, NOW, Duration.ofSeconds(30)))
                .hasValueSatisfying(message -> assertThat(message).endsWith("by more than 30 seconds"));
    }

    @Test
    void beforeTheDocumentWasPublishedIsRefused() {
        assertThat(SigningTimePolicy.violation(PUBLISHED.minusNanos(1000), PUBLISHED, NOW, FIVE_MINUTES))
                .hasValue("must not be before the document was published at 2026-11-01T09:00:00Z");
    }
}
