package care.needlepoint.scheduling.appointment.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.platform.startup.WarmUp;
import care.needlepoint.scheduling.practitioner.api.PractitionerView;
import care.needlepoint.scheduling.practitioner.domain.PractitionerService;

/**
 * A front desk's first move after a restart is a search for free times, and every booking reads the same working
 * windows and appointments: one search of today for one practitioner (the whole clinic's day would be real work at
 * a large clinic), for a plain visit so that no peer is asked, parses those queries before the first caller waits on
 * them. It reads real data but stores nothing.
 */
@ApplicationScoped
class AvailabilityWarmUp implements WarmUp {

    @Inject
    AvailabilityService availability;

    @Inject
    PractitionerService practitioners;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    @Override
    public void run() {
        UUID anyPractitioner = practitioners.list(Boolean.TRUE, null, 1).items().stream().findFirst()
                .map(PractitionerView::id).orElse(null);
        LocalDate today = LocalDate.now(clock.withZone(calendar.rules().zone()));
        availability.search(new AvailabilityService.Query(null, 60, null, null, today, today, anyPractitioner, null,
                1), "warm-up");
    }
}
