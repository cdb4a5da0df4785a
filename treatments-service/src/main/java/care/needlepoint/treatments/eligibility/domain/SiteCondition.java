package care.needlepoint.treatments.eligibility.domain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import care.needlepoint.treatments.protocol.domain.BodyArea;

/**
 * A site-condition answer: {@code {"present": true, "areas": ["CHEEKS"]}}. The areas are required and non-empty when
 * present, empty when not (clients-service checks that); null fields mean the answer is incomplete.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteCondition(Boolean present, List<BodyArea> areas) {

    /** {@code {"present": false, "areas": []}}. */
    public static SiteCondition absent() {
        return new SiteCondition(false, List.of());
    }

    /** {@code {"present": true, "areas": [...]}}. */
    public static SiteCondition at(BodyArea... areas) {
        return new SiteCondition(true, List.of(areas));
    }
}
