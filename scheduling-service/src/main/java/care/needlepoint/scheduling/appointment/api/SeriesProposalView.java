package care.needlepoint.scheduling.appointment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesProposal", description = "A plan for a series; nothing is stored or held. Book it with "
        + "bookSeries, sending each session's slot.")
public record SeriesProposalView(
        @Schema(description = "The clinic's IANA zone; windows are its local dates.", example = "Europe/London")
        String timeZone,
        @Schema(description = "The client.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The course planned for, or null.", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                nullable = true)
        UUID courseId,
        @Schema(description = "The protocol.", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
        UUID protocolId,
        @Schema(description = "The protocol version (current) the plan uses.", example = "1", minimum = "1")
        int protocolVersion,
        @Schema(description = "Fewest days from one session to the next (protocol's spacingDays.min).", example = "28",
                minimum = "1", maximum = "365")
        int spacingMinDays,
        @Schema(description = "Most days from one session to the next (protocol's spacingDays.max).", example = "42",
                minimum = "1", maximum = "365")
        int spacingMaxDays,
        @Schema(description = "true when every session has a slot.", example = "true")
        boolean complete,
        @Schema(description = "The sessions in order.", maxItems = 12)
        List<Session> sessions) {

    @Schema(name = "ProposedSession", description = "One session: its window and chosen slot, or why none fits and "
            + "the nearest alternatives.")
    public record Session(
            @Schema(description = "Place in the series, from 1.", example = "1", minimum = "1", maximum = "12")
            int sequence,
            @Schema(description = "First local date this session may have.", example = "2027-03-15")
            LocalDate earliest,
            @Schema(description = "Last local date this session may have.", example = "2027-03-28")
            LocalDate latest,
            @Schema(description = "The chosen slot, or null when none fits.", nullable = true)
            SlotView slot,
            @Schema(description = "Where the chosen slot departs from the preferences: other-weekday, "
                    + "other-local-time, other-practitioner, outside-preferred-time-window.", maxItems = 4,
                    example = "[\"other-practitioner\"]")
            List<String> compromises,
            @Schema(description = "Why no slot fits; null when one does.", nullable = true, maxLength = 300,
                    example = "No free slot from 2027-04-12 to 2027-04-26 (28-42 days after session 1)")
            String reason,
            @Schema(description = "The nearest free slots outside the window when none fits (up to 3).", maxItems = 3)
            List<SlotView> alternatives) {
    }
}
