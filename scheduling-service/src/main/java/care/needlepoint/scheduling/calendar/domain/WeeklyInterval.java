package care.needlepoint.scheduling.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A stretch of wall-clock time on one weekday, every week: "Tuesday 09:00-13:00". */
public record WeeklyInterval(DayOfWeek dayOfWeek, LocalTime starts, LocalTime ends) {
}
