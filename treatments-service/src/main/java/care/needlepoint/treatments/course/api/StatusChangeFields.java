package care.needlepoint.treatments.course.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.course.domain.CourseStatus;

@Schema(name = "CourseStatusChangeFields", description = "A status change a person asks for: ACTIVE (start a "
        + "PLANNED course before its first session) or STOPPED (with a reason, from any status but COMPLETED). "
        + "COMPLETED and MAINTENANCE follow from charting the last planned session.")
public record StatusChangeFields(
        @Schema(description = "The new status: ACTIVE or STOPPED.", example = "STOPPED")
        @NotNull
        CourseStatus status,

        @Schema(description = "Why; required for STOPPED, optional otherwise.",
                example = "Client moved away; continues at another clinic.", maxLength = 500, nullable = true,
                pattern = "\\S")
        @Size(max = 500) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String reason) {
}
