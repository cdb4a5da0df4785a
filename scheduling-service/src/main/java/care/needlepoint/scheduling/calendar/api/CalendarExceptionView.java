package care.needlepoint.scheduling.calendar.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.calendar.domain.ExceptionKind;
import care.needlepoint.scheduling.calendar.persistence.CalendarExceptionEntity;

@Schema(name = "CalendarException", description = "A dated exception to weekly hours, as sent (local) and as resolved "
        + "in the clinic's zone when it was recorded (instants).")
public record CalendarExceptionView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9")
        UUID id,
        @Schema(description = "The kind of exception.", example = "TIME_OFF")
        ExceptionKind kind,
        @Schema(description = "The practitioner it concerns, if any.", nullable = true,
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID practitionerId,
        @Schema(description = "The room it concerns, if any.", nullable = true,
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID roomId,
        @Schema(description = "First local date.", example = "2026-12-24")
        LocalDate startsOn,
        @Schema(description = "Local start time, or null for the start of the day.", nullable = true, example = "13:00",
                maxLength = 5)
        String startTime,
        @Schema(description = "Last local date (inclusive).", example = "2026-12-24")
        LocalDate endsOn,
        @Schema(description = "Local end time, or null for the end of the day.", nullable = true, example = "18:00",
                maxLength = 5)
        String endTime,
        @Schema(description = "The first instant it covers (RFC 3339, UTC).", example = "2026-12-24T13:00:00Z")
        Instant startsAt,
        @Schema(description = "The instant it ends, exclusive (RFC 3339, UTC).", example = "2026-12-24T18:00:00Z")
        Instant endsAt,
        @Schema(description = "Why.", nullable = true, example = "Christmas Eve: closing early", maxLength = 500)
        String reason,
        @Schema(description = "When it was recorded (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant createdAt,
        @Schema(description = "Who recorded it (token subject).", readOnly = true, example = "admin:jo.bloggs",
                maxLength = 255)
        String createdBy) {

    public static CalendarExceptionView of(CalendarExceptionEntity e) {
        boolean practitioner = e.ownerKind == care.needlepoint.scheduling.calendar.domain.OwnerKind.PRACTITIONER;
        boolean room = e.ownerKind == care.needlepoint.scheduling.calendar.domain.OwnerKind.ROOM;
        return new CalendarExceptionView(e.id, e.kind, practitioner ? e.ownerId : null, room ? e.ownerId : null,
                e.startsOn, LocalTimes.format(e.startTime), e.endsOn, LocalTimes.format(e.endTime), e.startsAt,
                e.endsAt, e.reason, e.createdAt, e.createdBy);
    }
}
