package care.needlepoint.scheduling.room.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends to create a room. */
@Schema(name = "RoomFields", description = "The fields of a room that callers set.")
public record RoomFields(
        @Schema(description = "The room's name, unique in the clinic regardless of upper and lower case.",
                example = "Treatment Room 2", maxLength = 80)
        @NotBlank @Size(max = 80)
        String name,

        @Schema(description = "What the room is like or has, for the people who book it.",
                example = "Ground floor, step-free; treatment couch, LED lamp and sink.", maxLength = 500,
                nullable = true)
        @Size(max = 500)
        String description,

        @Schema(description = "Only active rooms can be booked. Required: there is no default.", example = "true")
        @NotNull
        Boolean active) {
}
