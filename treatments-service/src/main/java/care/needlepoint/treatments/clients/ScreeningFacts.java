package care.needlepoint.treatments.clients;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import care.needlepoint.treatments.eligibility.domain.ScreeningAnswers;

/**
 * The client's latest screening as booking facts carry it. Only a CURRENT one may be relied on; clients-service
 * works the state out when it answers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScreeningFacts(UUID id, ScreeningAnswers answers, Instant recordedAt, Instant expiresAt, String state) {

    public static final String CURRENT = "CURRENT";

    public boolean isCurrent() {
        return CURRENT.equals(state);
    }
}
