package care.needlepoint.scheduling.waitlist.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether freed time fits a wait-list entry, as a pure policy (README, "Wait list"). A slot fits when, in the
 * clinic's zone: its date lies in the entry's window; the entry names no practitioner or the slot's; a treatment
 * (protocol) has a room; the time is long enough for the entry's whole visit with the room's turnover (numbing +
 * procedure + turnover when there is a room); and, with preferred times, the client's visit (arrival to the end of the
 * procedure) lies within them on the slot's date. The first reason a slot does not fit is returned, for logs and tests.
 */
public final class WaitListFit {

    private WaitListFit() {
    }

    /** Time that an appointment gave back: [startsAt, freeUntil) of a practitioner and (if any) a room. */
    public record Slot(UUID practitionerId, UUID roomId, Instant startsAt, Instant freeUntil) {
    }

    /** What an entry waits for. {@code needsRoom} for a treatment; preferred times both or neither. */
    public record Wish(LocalDate earliestDate, LocalDate latestDate, UUID practitionerId, LocalTime preferredFrom,
            LocalTime preferredTo, int numbingMinutes, int procedureMinutes, boolean needsRoom) {

        /** Minutes of the visit the client is there for: numbing, then the procedure. */
        public int visitMinutes() {
            return numbingMinutes + procedureMinutes;
        }
    }

    public enum Misfit {
        OUTSIDE_WINDOW, OTHER_PRACTITIONER, NO_ROOM, TOO_SHORT, OUTSIDE_PREFERRED_TIMES
    }

    /** Empty when the slot fits the wish; otherwise the first reason it does not. */
    public static Optional<Misfit> misfit(Wish wish, Slot slot, int turnoverMinutes, ZoneId zone) {
        ZonedDateTime arrival = slot.startsAt().atZone(zone);
        LocalDate date = arrival.toLocalDate();
        if (date.isBefore(wish.earliestDate()) || date.isAfter(wish.latestDate())) {
            return Optional.of(Misfit.OUTSIDE_WINDOW);
        }
        if (wish.practitionerId() != null && !wish.practitionerId().equals(slot.practitionerId())) {
            return Optional.of(Misfit.OTHER_PRACTITIONER);
        }
        if (wish.needsRoom() && slot.roomId() == null) {
            return Optional.of(Misfit.NO_ROOM);
        }
        int needed = wish.visitMinutes() + (slot.roomId() == null ? 0 : turnoverMinutes);
        if (slot.startsAt().plus(Duration.ofMinutes(needed)).isAfter(slot.freeUntil())) {
            return Optional.of(Misfit.TOO_SHORT);
        }
        if (wish.preferredFrom() != null && wish.preferredTo() != null) {
            ZonedDateTime leaves = arrival.plusMinutes(wish.visitMinutes());
            if (arrival.toLocalTime().isBefore(wish.preferredFrom()) || !leaves.toLocalDate().equals(date)
                    || leaves.toLocalTime().isAfter(wish.preferredTo())) {
                return Optional.of(Misfit.OUTSIDE_PREFERRED_TIMES);
            }
        }
        return Optional.empty();
    }

    /**
     * When an offer made at {@code now} lapses: after the configured time to answer, but never after the slot starts
     * (an answer after that is worthless). Null when the slot has already started: nothing can be offered.
     */
    public static Instant offerExpiresAt(Instant now, Duration timeToAnswer, Instant slotStartsAt) {
        if (!slotStartsAt.isAfter(now)) {
            return null;
        }
        Instant lapses = now.plus(timeToAnswer);
        return lapses.isAfter(slotStartsAt) ? slotStartsAt : lapses;
    }
}
