package care.needlepoint.clients.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** When a screening is current, at its edges: plain JUnit, no clock. */
class ScreeningValidityTest {

    private static final Duration NINETY_DAYS = Duration.ofDays(90);
    private static final Instant RECORDED = Instant.parse("2026-08-23T09:30:00.123456Z");
    private static final Instant EXPIRES = Instant.parse("2026-11-21T09:30:00.123456Z");

    @Test
    void expiresTheValidityPeriodAfterItWasRecorded() {
        assertThat(ScreeningValidity.expiresAt(RECORDED, NINETY_DAYS)).isEqualTo(EXPIRES);
    }

    @Test
    void isCurrentFromTheInstantItIsRecorded() {
        assertThat(ScreeningValidity.stateOf(RECORDED, false, NINETY_DAYS, RECORDED))
                .isEqualTo(ScreeningState.CURRENT);
    }

    @Test
    void isCurrentUpToTheLastMicrosecondBeforeItExpires() {
        assertThat(ScreeningValidity.stateOf(RECORDED, false, NINETY_DAYS, EXPIRES.minusNanos(1_000)))
                .isEqualTo(ScreeningState.CURRENT);
    }

    @Test
    void isExpiredFromTheInstantItExpires() {
        assertThat(ScreeningValidity.stateOf(RECORDED, false, NINETY_DAYS, EXPIRES))
                .isEqualTo(ScreeningState.EXPIRED);
        assertThat(ScreeningValidity.stateOf(RECORDED, false, NINETY_DAYS, EXPIRES.plus(Duration.ofDays(400))))
                .isEqualTo(ScreeningState.EXPIRED);
    }

    @Test
    void aReadThatAnotherNodesClockPutsBeforeTheRecordingSeesItCurrent() {
        assertThat(ScreeningValidity.stateOf(RECORDED, false, NINETY_DAYS, RECORDED.minusSeconds(1)))
                .isEqualTo(ScreeningState.CURRENT);
    }

    @Test
    void aNewerScreeningSupersedesItWhetherOrNotItWouldStillBeCurrent() {
        assertThat(ScreeningValidity.stateOf(RECORDED, true, NINETY_DAYS, RECORDED))
                .isEqualTo(ScreeningState.SUPERSEDED);
        assertThat(ScreeningValidity.stateOf(RECORDED, true, NINETY_DAYS, EXPIRES))
                .isEqualTo(ScreeningState.SUPERSEDED);
    }

    @Test
    void theValidityPeriodIsTheClinicsSetting() {
        Duration oneWeek = Duration.ofDays(7);
        Instant eightDaysLater = RECORDED.plus(Duration.ofDays(8));
        assertThat(ScreeningValidity.stateOf(RECORDED, false, oneWeek, eightDaysLater))
                .isEqualTo(ScreeningState.EXPIRED);
        assertThat(ScreeningValidity.stateOf(RECORDED, false, NINETY_DAYS, eightDaysLater))
                .isEqualTo(ScreeningState.CURRENT);
    }

    @Test
    void aClientIsMissingAScreeningUntilOneIsRecorded() {
        assertThat(ScreeningValidity.clientStateOf(null, NINETY_DAYS, RECORDED))
                .isEqualTo(ClientScreeningState.MISSING);
        assertThat(ScreeningValidity.clientStateOf(RECORDED, NINETY_DAYS, EXPIRES.minusNanos(1_000)))
                .isEqualTo(ClientScreeningState.CURRENT);
        assertThat(ScreeningValidity.clientStateOf(RECORDED, NINETY_DAYS, EXPIRES))
                .isEqualTo(ClientScreeningState.EXPIRED);
    }
}
