package care.needlepoint.scheduling.room.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.room.persistence.RoomEntity;

/** A room as the API shows it. */
@Schema(name = "Room", description = "A treatment room that appointments take place in.")
public record RoomView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "6d2b8f0e-1c4a-4e7b-9f3d-8a5c2e7b1d40")
        UUID id,
        @Schema(description = "The room's name, unique in the clinic regardless of upper and lower case.",
                example = "Treatment Room 2", maxLength = 80)
        String name,
        @Schema(description = "What the room is like or has, if described.",
                example = "Ground floor, step-free; treatment couch, LED lamp and sink.", maxLength = 500,
                nullable = true)
        String description,
        @Schema(description = "Only active rooms can be booked.", example = "true")
        boolean active,
        @Schema(description = "When the record was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "Increases with every change. The ETag of the room is this number in double quotes.",
                readOnly = true, example = "0", minimum = "0")
        long version) {

    public static RoomView of(RoomEntity room) {
        return new RoomView(room.id, room.name, room.description, room.active, room.createdAt, room.updatedAt,
                room.version);
    }
}
