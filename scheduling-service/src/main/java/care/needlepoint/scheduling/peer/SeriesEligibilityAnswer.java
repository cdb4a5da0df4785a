package care.needlepoint.scheduling.peer;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** treatments-service's verdicts on a client and a protocol, one per date of a planned series. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SeriesEligibilityAnswer(Integer protocolVersion, List<DateVerdict> dates) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DateVerdict(LocalDate on, String outcome, List<Eligibility.Finding> findings) {
    }
}
