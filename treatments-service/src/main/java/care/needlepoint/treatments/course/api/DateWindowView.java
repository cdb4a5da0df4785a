package care.needlepoint.treatments.course.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.course.domain.DateWindow;

@Schema(name = "DateWindow", description = "Calendar days in the clinic's time zone (clinicTimeZone), both ends "
        + "included.")
public record DateWindowView(
        @Schema(description = "The first day (YYYY-MM-DD).", example = "2026-12-19")
        LocalDate earliest,
        @Schema(description = "The last day (YYYY-MM-DD).", example = "2027-01-02")
        LocalDate latest) {

    static DateWindowView of(DateWindow window) {
        return window == null ? null : new DateWindowView(window.earliest(), window.latest());
    }
}
