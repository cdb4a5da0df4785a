package care.needlepoint.treatments.session.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import care.needlepoint.treatments.clients.BookingFacts;
import care.needlepoint.treatments.eligibility.domain.EligibilityFinding;
import care.needlepoint.treatments.eligibility.domain.EligibilityPolicy;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;

/**
 * At treatment time the client must still be eligible: the same findings as booking-time eligibility
 * ({@link EligibilityPolicy}) for the treated areas on the day of the session. A BLOCK finding (not bookable,
 * screening missing or expired, no valid treatment consent, a BLOCK contraindication) cannot be overridden; a WARN
 * finding must be acknowledged in the request.
 */
public final class TreatmentFactsPolicy {

    private TreatmentFactsPolicy() {
    }

    public static List<Refusal> check(BookingFacts facts, ProtocolDefinition protocol, Collection<BodyArea> areas,
            LocalDate on) {
        return EligibilityPolicy.assess(facts, protocol, areas, on).stream().map(TreatmentFactsPolicy::refusal)
                .toList();
    }

    private static Refusal refusal(EligibilityFinding finding) {
        return new Refusal(finding.code(), null, finding.message(),
                finding.blocks() ? Refusal.Resolution.NONE : Refusal.Resolution.ACKNOWLEDGE);
    }
}
