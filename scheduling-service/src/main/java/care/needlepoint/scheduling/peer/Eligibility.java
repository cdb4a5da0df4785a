package care.needlepoint.scheduling.peer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** treatments-service's verdict on a client and a protocol, as far as booking reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Eligibility(String outcome, Integer protocolVersion, List<Finding> findings) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String item, String effect, String code, String message) {
    }

    public boolean isOk() {
        return "OK".equals(outcome);
    }

    /** An outcome this service does not know counts as BLOCK: never book on a verdict we cannot read. */
    public boolean isWarningOnly() {
        return "WARN".equals(outcome);
    }

    public List<Finding> findingsOrEmpty() {
        return findings == null ? List.of() : findings;
    }
}
