package care.needlepoint.scheduling.series.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.series.domain.SeriesChangeKind;

@Schema(name = "SeriesChange", description = "One change to a series: what, which sessions, why, who and when; for "
        + "moves and re-plans the times before and after.")
public record SeriesChangeView(
        @Schema(description = "BOOKED, MOVED, REPLANNED or CANCELLED.", example = "MOVED")
        SeriesChangeKind kind,
        @Schema(description = "The sessions it concerned, by sequence.", maxItems = 12, example = "[3]")
        List<Integer> sequences,
        @Schema(description = "Why, as the caller gave it.", nullable = true, maxLength = 500,
                example = "Client is travelling")
        String reason,
        @Schema(description = "Where sessions went: from (null when booked again after a cancellation or no-show) "
                + "and to.", maxItems = 12)
        List<Move> moves,
        @Schema(description = "Who (token subject).", example = "front-desk:sam.reid", maxLength = 255)
        String changedBy,
        @Schema(description = "When (RFC 3339, UTC).", example = "2026-12-01T16:40:00Z")
        Instant changedAt) {

    @Schema(name = "SeriesSessionMove", description = "One session's start before and after.")
    public record Move(
            @Schema(description = "The session.", example = "3", minimum = "1", maximum = "12")
            int sequence,
            @Schema(description = "Its start before (RFC 3339, UTC); null when it was booked again.", nullable = true,
                    example = "2027-03-29T09:00:00Z")
            Instant from,
            @Schema(description = "Its start after (RFC 3339, UTC).", example = "2027-04-05T09:00:00Z")
            Instant to) {
    }
}
