package care.needlepoint.treatments.eligibility.domain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import care.needlepoint.treatments.protocol.domain.BodyArea;

/**
 * The answer to {@code inflammatorySkinCondition}: a site condition plus which conditions ({@code ECZEMA},
 * {@code PSORIASIS}, {@code ROSACEA}). The conditions are kept as text because no rule reads them yet and a code
 * clients-service adds must not make the answer unreadable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InflammatorySkinCondition(Boolean present, List<BodyArea> areas, List<String> conditions) {
}
