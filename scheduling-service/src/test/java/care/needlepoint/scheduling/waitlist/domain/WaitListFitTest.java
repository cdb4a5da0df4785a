package care.needlepoint.scheduling.waitlist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.scheduling.waitlist.domain.WaitListFit.Misfit;
import care.needlepoint.scheduling.waitlist.domain.WaitListFit.Slot;
import care.needlepoint.scheduling.waitlist.domain.WaitListFit.Wish;

class WaitListFitTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID PRACTITIONER = UUID.randomUUID();
    private static final UUID ROOM = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2027, 3, 3);

    private static Instant local(LocalDate date, String time) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(LONDON).toInstant();
    }

    /** 10:00 to 11:15 with a room: a 30 + 30 minute treatment and 15 minutes of turnover. */
    private static Slot slot() {
        return new Slot(PRACTITIONER, ROOM, local(DAY, "10:00"), local(DAY, "11:15"));
    }

    private static Wish wish(int numbing, int procedure) {
        return new Wish(DAY.minusDays(2), DAY.plusDays(2), null, null, null, numbing, procedure, true);
    }

    @Test
    void aSlotInTheWindowLongEnoughForNumbingProcedureAndTurnoverFits() {
        assertThat(WaitListFit.misfit(wish(30, 30), slot(), 15, LONDON)).isEmpty();
        assertThat(WaitListFit.misfit(new Wish(DAY, DAY, PRACTITIONER, null, null, 30, 30, true), slot(), 15,
                LONDON)).isEmpty();
    }

    @Test
    void numbingAndTheRoomsTurnoverCountTowardsTheLength() {
        assertThat(WaitListFit.misfit(wish(31, 30), slot(), 15, LONDON)).contains(Misfit.TOO_SHORT);
        assertThat(WaitListFit.misfit(wish(30, 30), slot(), 16, LONDON)).contains(Misfit.TOO_SHORT);
        // Without a room there is no turnover to leave time for.
        Slot noRoom = new Slot(PRACTITIONER, null, local(DAY, "10:00"), local(DAY, "11:00"));
        assertThat(WaitListFit.misfit(new Wish(DAY, DAY, null, null, null, 0, 60, false), noRoom, 15, LONDON))
                .isEmpty();
    }

    @Test
    void aTreatmentNeedsARoomAndAPlainAppointmentDoesNot() {
        Slot noRoom = new Slot(PRACTITIONER, null, local(DAY, "10:00"), local(DAY, "11:00"));
        assertThat(WaitListFit.misfit(wish(0, 30), noRoom, 15, LONDON)).contains(Misfit.NO_ROOM);
        assertThat(WaitListFit.misfit(new Wish(DAY, DAY, null, null, null, 0, 30, false), slot(), 15, LONDON))
                .isEmpty();
    }

    @Test
    void theWindowIsReadInClinicDatesBothEndsIncluded() {
        assertThat(WaitListFit.misfit(new Wish(DAY, DAY, null, null, null, 0, 30, true), slot(), 15, LONDON))
                .isEmpty();
        assertThat(WaitListFit.misfit(new Wish(DAY.plusDays(1), DAY.plusDays(5), null, null, null, 0, 30, true),
                slot(), 15, LONDON)).contains(Misfit.OUTSIDE_WINDOW);
        assertThat(WaitListFit.misfit(new Wish(DAY.minusDays(5), DAY.minusDays(1), null, null, null, 0, 30, true),
                slot(), 15, LONDON)).contains(Misfit.OUTSIDE_WINDOW);
        // 00:30 on 1 July in London is still 30 June in UTC: the clinic's date decides.
        LocalDate july = LocalDate.of(2027, 7, 1);
        Slot justAfterMidnight = new Slot(PRACTITIONER, ROOM, local(july, "00:30"), local(july, "02:00"));
        assertThat(WaitListFit.misfit(new Wish(july, july, null, null, null, 0, 30, true), justAfterMidnight, 15,
                LONDON)).isEmpty();
    }

    @Test
    void anotherPractitionersSlotDoesNotFitAnEntryThatNamesOne() {
        assertThat(WaitListFit.misfit(new Wish(DAY, DAY, UUID.randomUUID(), null, null, 0, 30, true), slot(), 15,
                LONDON)).contains(Misfit.OTHER_PRACTITIONER);
    }

    @Test
    void theVisitMustLieWithinThePreferredTimes() {
        Wish morning = new Wish(DAY, DAY, null, LocalTime.of(9, 0), LocalTime.of(11, 0), 30, 30, true);
        assertThat(WaitListFit.misfit(morning, slot(), 15, LONDON)).isEmpty();
        Wish endsTooLate = new Wish(DAY, DAY, null, LocalTime.of(9, 0), LocalTime.of(10, 59), 30, 30, true);
        assertThat(WaitListFit.misfit(endsTooLate, slot(), 15, LONDON)).contains(Misfit.OUTSIDE_PREFERRED_TIMES);
        Wish afternoon = new Wish(DAY, DAY, null, LocalTime.of(13, 0), LocalTime.of(17, 0), 30, 30, true);
        assertThat(WaitListFit.misfit(afternoon, slot(), 15, LONDON)).contains(Misfit.OUTSIDE_PREFERRED_TIMES);
    }

    @Test
    void preferredTimesAreLocalAcrossADaylightSavingChange() {
        // 28 March 2027: clocks go forward at 01:00; 10:00 local is 09:00 UTC.
        LocalDate springForward = LocalDate.of(2027, 3, 28);
        Slot ten = new Slot(PRACTITIONER, ROOM, local(springForward, "10:00"), local(springForward, "11:00"));
        Wish tenToEleven = new Wish(springForward, springForward, null, LocalTime.of(10, 0), LocalTime.of(11, 0), 0,
                30, true);
        assertThat(WaitListFit.misfit(tenToEleven, ten, 15, LONDON)).isEmpty();
    }

    @Test
    void anOfferLapsesAfterTheTimeToAnswerButNeverAfterTheSlotStarts() {
        Instant now = Instant.parse("2027-03-01T09:00:00Z");
        Duration twoHours = Duration.ofHours(2);
        assertThat(WaitListFit.offerExpiresAt(now, twoHours, now.plus(Duration.ofDays(2))))
                .isEqualTo(now.plus(twoHours));
        assertThat(WaitListFit.offerExpiresAt(now, twoHours, now.plus(Duration.ofMinutes(45))))
                .isEqualTo(now.plus(Duration.ofMinutes(45)));
        assertThat(WaitListFit.offerExpiresAt(now, twoHours, now)).isNull();
        assertThat(WaitListFit.offerExpiresAt(now, twoHours, now.minusSeconds(1))).isNull();
    }

    @Test
    void anActiveEntryPastItsLatestDateReadsAsExpired() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        assertThat(WaitListEntryStatus.readAs(WaitListEntryStatus.ACTIVE, today, today))
                .isEqualTo(WaitListEntryStatus.ACTIVE);
        assertThat(WaitListEntryStatus.readAs(WaitListEntryStatus.ACTIVE, today.minusDays(1), today))
                .isEqualTo(WaitListEntryStatus.EXPIRED);
        assertThat(WaitListEntryStatus.readAs(WaitListEntryStatus.BOOKED, today.minusDays(1), today))
                .isEqualTo(WaitListEntryStatus.BOOKED);
        assertThat(WaitListEntryStatus.readAs(WaitListEntryStatus.WITHDRAWN, today.minusDays(1), today))
                .isEqualTo(WaitListEntryStatus.WITHDRAWN);
    }
}
