package care.needlepoint.treatments.course.domain;

import java.time.LocalDate;

/** A range of calendar days in the clinic's time zone, both ends included. */
public record DateWindow(LocalDate earliest, LocalDate latest) {
}
