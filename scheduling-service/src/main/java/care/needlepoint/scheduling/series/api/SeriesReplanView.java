package care.needlepoint.scheduling.series.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.appointment.api.SlotView;
import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;

@Schema(name = "SeriesReplan", description = "A re-plan of a series' sessions (nothing stored): for each session "
        + "whether it keeps its slot, moves, or is booked again, with its spacing window in clinic dates. Apply it "
        + "with applySeriesReplan, sending `apply` as the body (with a reason) and `etag` in If-Match; a series "
        + "changed since gets a 412.")
public record SeriesReplanView(
        @Schema(description = "The series.", example = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a")
        UUID seriesId,
        @Schema(description = "The series ETag this plan was computed against: send it in If-Match.", example = "\"3\"",
                maxLength = 20)
        String etag,
        @Schema(description = "The clinic's IANA zone, in which dates are counted.", example = "Europe/London",
                maxLength = 64)
        String timeZone,
        @Schema(description = "The protocol's minimum days between sessions (current version).", example = "28",
                minimum = "0")
        int spacingMinDays,
        @Schema(description = "The protocol's maximum days between sessions (current version).", example = "42",
                minimum = "0")
        int spacingMaxDays,
        @Schema(description = "true when every session has a slot, so `apply` can be sent as it is.",
                example = "true")
        boolean complete,
        @Schema(description = "The sessions re-planned, in order.", maxItems = 12)
        List<Session> sessions,
        @Schema(description = "The body for applySeriesReplan without its reason: the sessions that move or are "
                + "booked again (sessions keeping their slot are left out).", maxItems = 12)
        List<SeriesReplanFields.Session> apply) {

    /** What happens to a session under this plan. */
    public enum Plan {
        /** The move the caller asked for. */
        REQUESTED,
        /** Stays where it is: its slot keeps the spacing. */
        KEEP,
        /** A booked session moves to `slot`. */
        MOVE,
        /** Its place has no standing appointment: a new appointment is booked in `slot`. */
        BOOK_AGAIN
    }

    @Schema(name = "SeriesReplanSession", description = "One session of a re-plan.")
    public record Session(
            @Schema(description = "Its sequence.", example = "4", minimum = "1", maximum = "12")
            int sequence,
            @Schema(description = "REQUESTED, KEEP, MOVE or BOOK_AGAIN.", example = "MOVE")
            Plan plan,
            @Schema(description = "The appointment now standing for this place, or the last one that did (cancelled "
                    + "or missed); null when there was none.", nullable = true,
                    example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
            UUID appointmentId,
            @Schema(description = "That appointment's status.", nullable = true, example = "BOOKED")
            AppointmentStatus currentStatus,
            @Schema(description = "That appointment's start (RFC 3339, UTC).", nullable = true,
                    example = "2027-04-26T09:00:00Z")
            Instant currentStartsAt,
            @Schema(description = "First clinic date the spacing allows.", example = "2027-05-03")
            LocalDate earliest,
            @Schema(description = "Last clinic date the spacing allows.", example = "2027-05-17")
            LocalDate latest,
            @Schema(description = "The slot under this plan (for KEEP, its current one); null when none is free.",
                    nullable = true)
            SlotView slot,
            @Schema(description = "What the slot gives up: other-weekday, other-local-time, other-practitioner, "
                    + "spacing-resumed (the spacing window had passed; counted from today).", maxItems = 5)
            List<String> compromises,
            @Schema(description = "Why no slot, when none is free.", nullable = true, maxLength = 500,
                    example = "No free slot from 2027-05-03 to 2027-05-17 (28-42 days after session 3)")
            String reason,
            @Schema(description = "Nearest free slots outside the window when none is free inside.", maxItems = 3)
            List<SlotView> alternatives) {
    }
}
