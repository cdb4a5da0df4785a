package care.needlepoint.scheduling.appointment.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.calendar.domain.OwnerKind;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.problem.Problems;

/** Reads the day or week query of the practitioner and room calendars (PractitionerResource, RoomResource). */
@ApplicationScoped
public class Calendars {

    /** DAY: the local date; WEEK: the seven local dates from Monday of the date's week. */
    public enum Span {
        DAY, WEEK
    }

    @Inject
    AppointmentService appointments;

    @Inject
    Callers callers;

    public Page<AppointmentView> list(OwnerKind kind, UUID id, String date, String span, PageRequest page) {
        LocalDate day = QueryParameters.dateValue("date", date);
        if (day == null) {
            throw Problems.invalid("query", "date", "is required");
        }
        Span chosen = QueryParameters.enumValue("span", span, Span.class);
        int limit = page.limit();
        String cursor = page.cursor();
        if (chosen == Span.WEEK) {
            return appointments.calendarPage(kind, id, day.minusDays(day.getDayOfWeek().getValue() - 1L), 7, cursor,
                    limit, callers.current());
        }
        return appointments.calendarPage(kind, id, day, 1, cursor, limit, callers.current());
    }
}
