package care.needlepoint.treatments.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import care.needlepoint.treatments.clients.BookingFacts;
import care.needlepoint.treatments.clients.ScreeningFacts;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;

/**
 * May this client have this protocol on these areas on this day? Pure: it reads the booking facts clients-service
 * gave, the protocol version and the date in the clinic's calendar, and lists every finding, so that a caller sees all
 * that stands in the way at once. Booking-time eligibility and treatment-time charting both use it.
 *
 * <ul>
 * <li>A client who is not bookable (archived, erased) is a BLOCK.</li>
 * <li>No screening, or one that is not CURRENT, is a BLOCK: expired answers are not judged at all, because they no
 * longer describe the client.</li>
 * <li>No valid MICRONEEDLING_TREATMENT consent is a BLOCK.</li>
 * <li>A current screening is judged by {@link ContraindicationPolicy} against the protocol's rules on {@code on}.</li>
 * </ul>
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    public static List<EligibilityFinding> assess(BookingFacts facts, ProtocolDefinition protocol,
            Collection<BodyArea> areas, LocalDate on) {
        List<EligibilityFinding> findings = new ArrayList<>();
        if (!facts.isBookable()) {
            findings.add(new EligibilityFinding(null, ContraindicationEffect.BLOCK,
                    EligibilityFinding.CLIENT_NOT_BOOKABLE, "The client is " + facts.status()
                            + " and cannot be booked or treated."));
        }
        ScreeningFacts screening = facts.screening();
        if (screening == null) {
            findings.add(new EligibilityFinding(null, ContraindicationEffect.BLOCK,
                    EligibilityFinding.SCREENING_MISSING, "The client has no contraindication screening; a "
                            + "practitioner must record one."));
        } else if (!screening.isCurrent() || screening.answers() == null) {
            findings.add(new EligibilityFinding(null, ContraindicationEffect.BLOCK,
                    EligibilityFinding.SCREENING_EXPIRED, "The client's latest screening is "
                            + (screening.state() == null ? "of unknown state" : screening.state())
                            + (screening.expiresAt() == null ? "" : " (it expired at " + screening.expiresAt() + ")")
                            + "; a practitioner must record a new one."));
        }
        if (facts.treatmentConsent().isEmpty()) {
            findings.add(new EligibilityFinding(null, ContraindicationEffect.BLOCK,
                    EligibilityFinding.CONSENT_MISSING, "The client has no valid consent to "
                            + BookingFacts.TREATMENT_CONSENT_KIND + " (missing, revoked, or to an outdated version "
                            + "of the document)."));
        }
        if (screening != null && screening.isCurrent() && screening.answers() != null) {
            ContraindicationPolicy.assess(protocol.contraindicationRules(), screening.answers(), areas, on)
                    .findings().forEach(finding -> findings.add(new EligibilityFinding(finding.item(),
                            finding.effect(), EligibilityFinding.contraindicationCode(finding.item()),
                            finding.message())));
        }
        return List.copyOf(findings);
    }

    /** BLOCK if any finding blocks, WARN if any warns, otherwise OK. */
    public static EligibilityOutcome outcome(List<EligibilityFinding> findings) {
        if (findings.stream().anyMatch(EligibilityFinding::blocks)) {
            return EligibilityOutcome.BLOCK;
        }
        return findings.isEmpty() ? EligibilityOutcome.OK : EligibilityOutcome.WARN;
    }
}
