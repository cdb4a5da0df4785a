package care.needlepoint.scheduling.peer;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of a treatments-service protocol (current version) that booking needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Protocol(UUID id, String name, Integer version, Integer procedureMinutes, Numbing numbing) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Numbing(String policy, BigDecimal requiredAboveDepthMm, Integer minimumDwellMinutes) {
    }
}
