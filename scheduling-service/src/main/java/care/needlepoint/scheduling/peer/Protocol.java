package care.needlepoint.scheduling.peer;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of a treatments-service protocol (current version) that booking needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Protocol(UUID id, String name, Integer version, Integer procedureMinutes, Numbing numbing,
        SpacingDays spacingDays, SessionCount sessions) {

    /** Days from one session of a course to the next, both ends included. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpacingDays(Integer min, Integer max) {
    }

    /** Sessions in a course of this protocol. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionCount(@JsonProperty("default") Integer defaultCount, Integer min, Integer max) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Numbing(String policy, BigDecimal requiredAboveDepthMm, Integer minimumDwellMinutes) {
    }
}
