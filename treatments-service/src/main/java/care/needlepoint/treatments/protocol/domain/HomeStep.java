package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;

/**
 * One step of a home programme's depth progression: the needle length, how often to use it, how many weeks at least
 * before moving to the next step, and whether the client needs a practitioner's approval to use it (every step deeper
 * than 0.50 mm does).
 */
public record HomeStep(BigDecimal depthMm, DayRange intervalDays, Integer minWeeksBeforeNextStep,
        boolean requiresPractitionerApproval) {
}
