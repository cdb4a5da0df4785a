package care.needlepoint.treatments.eligibility;

import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.treatments.clients.BookingFacts;
import care.needlepoint.treatments.clients.ConsentFacts;
import care.needlepoint.treatments.clients.ScreeningFacts;
import care.needlepoint.treatments.eligibility.domain.DatedHistory;
import care.needlepoint.treatments.eligibility.domain.EligibilityFinding;
import care.needlepoint.treatments.eligibility.domain.EligibilityOutcome;
import care.needlepoint.treatments.eligibility.domain.EligibilityPolicy;
import care.needlepoint.treatments.eligibility.domain.ScreeningAnswers;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinitions;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;
import care.needlepoint.treatments.session.domain.Refusal;
import care.needlepoint.treatments.session.domain.TreatmentFactsPolicy;
import care.needlepoint.treatments.support.Screenings;

/** Eligibility from booking facts, and the same facts at treatment time (TreatmentFactsPolicy). */
class EligibilityPolicyTest {

    /** CLINIC_DEFAULT rules: pregnancy BLOCK, cold sores WARN, chemical peel 30 days BLOCK. */
    private static final ProtocolDefinition PROTOCOL = ProtocolDefinitions.from(aProtocol().fields());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final List<BodyArea> CHEEKS = List.of(BodyArea.CHEEKS);
    private static final ConsentFacts CONSENT = new ConsentFacts(UUID.randomUUID(), "MICRONEEDLING_TREATMENT", 1,
            "VALID", Instant.parse("2026-11-01T10:00:00Z"));

    private static ScreeningFacts screening(String state, ScreeningAnswers answers) {
        return new ScreeningFacts(UUID.randomUUID(), answers, Instant.parse("2026-11-01T10:00:00Z"),
                Instant.parse("2027-01-30T10:00:00Z"), state);
    }

    private static BookingFacts facts(String status, boolean bookable, ScreeningFacts screening,
            List<ConsentFacts> consents) {
        return new BookingFacts(UUID.randomUUID(), status, bookable, "Europe/London", screening, consents,
                Instant.parse("2026-11-21T09:00:00Z"));
    }

    private static BookingFacts eligible(ScreeningAnswers answers) {
        return facts("ACTIVE", true, screening("CURRENT", answers), List.of(CONSENT));
    }

    private static List<String> codes(List<EligibilityFinding> findings) {
        return findings.stream().map(EligibilityFinding::code).toList();
    }

    @Test
    void anActiveScreenedConsentingClientWithNothingToDeclareIsOk() {
        List<EligibilityFinding> findings = EligibilityPolicy.assess(eligible(Screenings.allClear().build()),
                PROTOCOL, CHEEKS, TODAY);
        assertThat(findings).isEmpty();
        assertThat(EligibilityPolicy.outcome(findings)).isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void aBlockRuleBlocksWithTheItemAndAStableCode() {
        List<EligibilityFinding> findings = EligibilityPolicy.assess(eligible(Screenings.allClear()
                .with(ScreeningItem.PREGNANT_OR_BREASTFEEDING, true).build()), PROTOCOL, CHEEKS, TODAY);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.item()).isEqualTo(ScreeningItem.PREGNANT_OR_BREASTFEEDING);
            assertThat(finding.effect()).isEqualTo(ContraindicationEffect.BLOCK);
            assertThat(finding.code()).isEqualTo("contraindication.pregnant-or-breastfeeding");
        });
        assertThat(EligibilityPolicy.outcome(findings)).isEqualTo(EligibilityOutcome.BLOCK);
    }

    @Test
    void aWarnRuleWarns() {
        List<EligibilityFinding> findings = EligibilityPolicy.assess(eligible(Screenings.allClear()
                .with(ScreeningItem.HERPES_SIMPLEX_HISTORY, true).build()), PROTOCOL, CHEEKS, TODAY);
        assertThat(codes(findings)).containsExactly("contraindication.herpes-simplex-history");
        assertThat(EligibilityPolicy.outcome(findings)).isEqualTo(EligibilityOutcome.WARN);
    }

    @Test
    void windowsAreJudgedOnThePlannedDate() {
        ScreeningAnswers peel = Screenings.allClear().with(ScreeningItem.CHEMICAL_PEEL,
                DatedHistory.lastOn(LocalDate.of(2026, 11, 1))).build();
        assertThat(codes(EligibilityPolicy.assess(eligible(peel), PROTOCOL, CHEEKS, LocalDate.of(2026, 11, 30))))
                .containsExactly("contraindication.chemical-peel");
        assertThat(EligibilityPolicy.assess(eligible(peel), PROTOCOL, CHEEKS, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void notBookableMissingScreeningAndMissingConsentAreBlockFindingsTogether() {
        List<EligibilityFinding> findings = EligibilityPolicy.assess(facts("ARCHIVED", false, null, List.of()),
                PROTOCOL, CHEEKS, TODAY);
        assertThat(codes(findings)).containsExactly("client-not-bookable", "screening-missing", "consent-missing");
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.effect()).isEqualTo(ContraindicationEffect.BLOCK);
            assertThat(finding.item()).isNull();
        });
    }

    @Test
    void anExpiredScreeningBlocksAndItsAnswersAreNotJudged() {
        List<EligibilityFinding> findings = EligibilityPolicy.assess(facts("ACTIVE", true, screening("EXPIRED",
                Screenings.allClear().with(ScreeningItem.PREGNANT_OR_BREASTFEEDING, true).build()),
                List.of(CONSENT)), PROTOCOL, CHEEKS, TODAY);
        assertThat(codes(findings)).containsExactly("screening-expired");
    }

    @Test
    void aConsentOfAnotherKindDoesNotCount() {
        ConsentFacts photography = new ConsentFacts(UUID.randomUUID(), "PHOTOGRAPHY", 1, "VALID", Instant.now());
        assertThat(codes(EligibilityPolicy.assess(facts("ACTIVE", true, screening("CURRENT",
                Screenings.allClear().build()), List.of(photography)), PROTOCOL, CHEEKS, TODAY)))
                .containsExactly("consent-missing");
    }

    @Test
    void atTreatmentTimeBlocksCannotBeResolvedAndWarningsNeedAnAcknowledgement() {
        List<Refusal> refusals = TreatmentFactsPolicy.check(facts("ACTIVE", true, screening("CURRENT",
                Screenings.allClear().with(ScreeningItem.HERPES_SIMPLEX_HISTORY, true).build()), List.of()),
                PROTOCOL, CHEEKS, TODAY);
        assertThat(refusals).extracting(Refusal::code, Refusal::resolution).containsExactly(
                org.assertj.core.groups.Tuple.tuple("consent-missing", Refusal.Resolution.NONE),
                org.assertj.core.groups.Tuple.tuple("contraindication.herpes-simplex-history",
                        Refusal.Resolution.ACKNOWLEDGE));
    }
}
