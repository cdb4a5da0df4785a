package care.needlepoint.scheduling.calendar.domain;

import java.time.Duration;
import java.time.ZoneId;

/** The clinic's settings as booking and availability read them. */
public record ClinicRules(ZoneId zone, Duration lateCancellationWindow, int turnoverMinutes, Duration holdFor,
        int slotMinutes) {
}
