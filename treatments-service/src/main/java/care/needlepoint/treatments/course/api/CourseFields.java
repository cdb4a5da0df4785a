package care.needlepoint.treatments.course.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a practitioner sends to start a course. Bean validation checks each field; course.domain.CourseService checks
 * them against the protocol's current version (areas, devices, depths, session count) and the client against
 * clients-service.
 */
@Schema(name = "CourseFields", description = "A new course of treatment for one client on the current version of a "
        + "protocol.")
public record CourseFields(
        @Schema(description = "The client's id in clients-service; the client must exist and be bookable (ACTIVE).",
                example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        @NotNull
        UUID clientId,

        @Schema(description = "The protocol's id; the course follows its current version for ever.",
                example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        @NotNull
        UUID protocolId,

        @Schema(description = "Sessions in the series, within the protocol's sessions.min and sessions.max.",
                example = "4", minimum = "1", maximum = "12")
        @NotNull @Min(1) @Max(12)
        Integer plannedSessions,

        @Schema(description = "The treated areas, each once and each one of the protocol's treatment areas, with the "
                + "device and the depth the course starts at.", minItems = 1, maxItems = 21)
        @NotNull @Size(min = 1, max = 21)
        List<@NotNull @Valid CourseAreaFields> areas,

        @Schema(description = "The responsible practitioner's token subject; absent means the caller.",
                example = "practitioner-ana", maxLength = 255, nullable = true, pattern = "\\S")
        @Size(max = 255) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String practitioner) {
}
