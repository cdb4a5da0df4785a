package care.needlepoint.treatments.eligibility.domain;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A dated-history answer: {@code {"occurred": true, "lastOn": "2026-09-30"}}, the date a local date in the clinic's
 * calendar. {@code lastOn} is required when it occurred and absent when not (clients-service checks that).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatedHistory(Boolean occurred, LocalDate lastOn) {

    public static DatedHistory never() {
        return new DatedHistory(false, null);
    }

    public static DatedHistory lastOn(LocalDate date) {
        return new DatedHistory(true, date);
    }
}
