package care.needlepoint.treatments.course.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.course.domain.CourseStatus;

@Schema(name = "CourseStatusChange", description = "One change of a course's status: who, when, from, to, why.")
public record StatusChangeView(
        @Schema(description = "The status before; null for the course's creation.", nullable = true,
                example = "ACTIVE")
        CourseStatus from,
        @Schema(description = "The status after.", example = "STOPPED")
        CourseStatus to,
        @Schema(description = "Why, when someone said.", nullable = true, maxLength = 500,
                example = "Client moved away; continues at another clinic.")
        String reason,
        @Schema(description = "When (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
        Instant at,
        @Schema(description = "Who: the token subject of the person whose request made the change.",
                example = "practitioner-ana", maxLength = 255)
        String by) {

}
