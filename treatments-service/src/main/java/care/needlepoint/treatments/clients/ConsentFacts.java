package care.needlepoint.treatments.clients;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One of the client's valid consents as booking facts carry it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsentFacts(UUID id, String kind, Integer documentVersion, String state, Instant signedAt) {

    public static final String VALID = "VALID";
}
