package care.needlepoint.scheduling.peer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of clients-service's booking facts this service reads. Ours, not theirs: unknown fields are ignored so that
 * clients-service can add fields without breaking us.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingFacts(UUID clientId, String status, Boolean bookable, Screening screening,
        List<ValidConsent> validConsents) {

    public static final String TREATMENT_CONSENT = "MICRONEEDLING_TREATMENT";

    /** The latest screening: when it stops being current (null when unknown). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Screening(UUID id, Instant expiresAt, String state) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ValidConsent(UUID id, String kind, String state) {
    }

    /** Only an explicit true counts: a missing field never makes a client bookable. */
    public boolean isBookable() {
        return Boolean.TRUE.equals(bookable);
    }

    public boolean hasValidTreatmentConsent() {
        return validConsents != null && validConsents.stream()
                .anyMatch(c -> TREATMENT_CONSENT.equals(c.kind()) && "VALID".equals(c.state()));
    }
}
