package care.needlepoint.treatments.eligibility.domain;

import java.util.List;

import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;

/** The findings of the contraindication rules for one client and protocol version, and the outcome they add up to. */
public record ContraindicationAssessment(EligibilityOutcome outcome, List<ContraindicationFinding> findings) {

    public ContraindicationAssessment {
        findings = List.copyOf(findings);
    }

    /** BLOCK if any finding blocks, WARN if any warns, otherwise OK. */
    public static ContraindicationAssessment of(List<ContraindicationFinding> findings) {
        EligibilityOutcome outcome = EligibilityOutcome.OK;
        for (ContraindicationFinding finding : findings) {
            if (finding.effect() == ContraindicationEffect.BLOCK) {
                outcome = EligibilityOutcome.BLOCK;
            } else if (outcome == EligibilityOutcome.OK) {
                outcome = EligibilityOutcome.WARN;
            }
        }
        return new ContraindicationAssessment(outcome, findings);
    }

    public List<ContraindicationFinding> blocking() {
        return findings.stream().filter(f -> f.effect() == ContraindicationEffect.BLOCK).toList();
    }

    public List<ContraindicationFinding> warnings() {
        return findings.stream().filter(f -> f.effect() == ContraindicationEffect.WARN).toList();
    }
}
