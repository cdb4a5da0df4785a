package care.needlepoint.treatments.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.session.domain.ChartingDecision.RequestedOverride;

class ChartingDecisionTest {

    private static final Refusal STEP_ON_CHEEKS = Refusal.overridable(Refusal.DEPTH_STEP_EXCEEDED, BodyArea.CHEEKS,
            "too deep");
    private static final Refusal HOME_NEVER = Refusal.absolute(Refusal.HOME_DEPTH_NEVER, BodyArea.CHEEKS, "never");
    private static final Refusal HERPES = new Refusal("contraindication.herpes-simplex-history", null, "warn",
            Refusal.Resolution.ACKNOWLEDGE);
    private static final Refusal CONSENT = Refusal.absolute("consent-missing", null, "no consent");

    @Test
    void nothingRefusedIsAllowed() {
        assertThat(ChartingDecision.decide(List.of(), List.of(), Set.of()).allowed()).isTrue();
    }

    @Test
    void anOverrideWithAReasonResolvesAnOverridableRefusalAndIsKept() {
        RequestedOverride override = new RequestedOverride(Refusal.DEPTH_STEP_EXCEEDED, BodyArea.CHEEKS, "tolerated");
        ChartingDecision decision = ChartingDecision.decide(List.of(STEP_ON_CHEEKS), List.of(override), Set.of());
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.applied()).containsExactly(override);
    }

    @Test
    void anOverrideWithoutAnAreaCoversTheCodeOnEveryArea() {
        assertThat(ChartingDecision.decide(List.of(STEP_ON_CHEEKS),
                List.of(new RequestedOverride(Refusal.DEPTH_STEP_EXCEEDED, null, "tolerated")), Set.of()).allowed())
                .isTrue();
    }

    @Test
    void anOverrideForAnotherAreaResolvesNothingAndIsUnmatched() {
        ChartingDecision decision = ChartingDecision.decide(List.of(STEP_ON_CHEEKS),
                List.of(new RequestedOverride(Refusal.DEPTH_STEP_EXCEEDED, BodyArea.TEMPLES, "tolerated")), Set.of());
        assertThat(decision.remaining()).containsExactly(STEP_ON_CHEEKS);
        assertThat(decision.unmatched()).containsExactly(0);
    }

    @Test
    void absoluteRefusalsStayWhateverTheRequestSays() {
        ChartingDecision decision = ChartingDecision.decide(List.of(HOME_NEVER, CONSENT),
                List.of(new RequestedOverride(Refusal.HOME_DEPTH_NEVER, BodyArea.CHEEKS, "client insists"),
                        new RequestedOverride("consent-missing", null, "verbal consent")),
                Set.of("consent-missing"));
        assertThat(decision.remaining()).containsExactly(HOME_NEVER, CONSENT);
        assertThat(decision.applied()).isEmpty();
        // They named real refusals, so they are not "unmatched": the 422 says why they did not help.
        assertThat(decision.unmatched()).isEmpty();
    }

    @Test
    void warningsNeedAnAcknowledgementNotAnOverride() {
        assertThat(ChartingDecision.decide(List.of(HERPES), List.of(), Set.of()).remaining()).containsExactly(HERPES);
        ChartingDecision acknowledged = ChartingDecision.decide(List.of(HERPES), List.of(),
                Set.of("contraindication.herpes-simplex-history"));
        assertThat(acknowledged.allowed()).isTrue();
        assertThat(acknowledged.acknowledged()).containsExactly("contraindication.herpes-simplex-history");
    }

    @Test
    void acknowledgementsOfNothingAreNotKept() {
        assertThat(ChartingDecision.decide(List.of(), List.of(), Set.of("contraindication.metal-allergy"))
                .acknowledged()).isEmpty();
    }

    @Test
    void neverOverridableCodesAreNotInTheOverridableSet() {
        assertThat(Refusal.OVERRIDABLE).doesNotContain(Refusal.HOME_DEPTH_NEVER, Refusal.NO_DEPTH_LIMIT,
                "consent-missing", "screening-missing", "screening-expired", "client-not-bookable");
    }

    @Test
    void aProtocolThatAllowsFewerOverridesLeavesTheOthersRefusedWithoutResolution() {
        Refusal dwell = Refusal.overridable(Refusal.NUMBING_DWELL_TOO_SHORT, null, "too short");
        List<RequestedOverride> overrides = List.of(
                new RequestedOverride(Refusal.DEPTH_STEP_EXCEEDED, BodyArea.CHEEKS, "tolerated"),
                new RequestedOverride(Refusal.NUMBING_DWELL_TOO_SHORT, null, "client declined waiting"));
        ChartingDecision decision = ChartingDecision.decide(List.of(STEP_ON_CHEEKS, dwell), overrides, Set.of(),
                Set.of(Refusal.NUMBING_DWELL_TOO_SHORT));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.remaining()).singleElement().satisfies(refusal -> {
            assertThat(refusal.code()).isEqualTo(Refusal.DEPTH_STEP_EXCEEDED);
            assertThat(refusal.area()).isEqualTo(BodyArea.CHEEKS);
            assertThat(refusal.resolution()).isEqualTo(Refusal.Resolution.NONE);
            assertThat(refusal.message()).contains("does not allow overriding depth-step-exceeded");
        });
        // The allowed override still applies; the other names a real refusal, so it is refused, not "unmatched".
        assertThat(decision.applied()).containsExactly(overrides.get(1));
        assertThat(decision.unmatched()).isEmpty();
    }

    @Test
    void aProtocolThatAllowsNoOverridesResolvesNothingButStillTakesAcknowledgements() {
        ChartingDecision decision = ChartingDecision.decide(List.of(STEP_ON_CHEEKS, HERPES),
                List.of(new RequestedOverride(Refusal.DEPTH_STEP_EXCEEDED, null, "tolerated")),
                Set.of(HERPES.code()), Set.of());
        assertThat(decision.remaining()).extracting(Refusal::code).containsExactly(Refusal.DEPTH_STEP_EXCEEDED);
        assertThat(decision.acknowledged()).containsExactly(HERPES.code());
        assertThat(decision.applied()).isEmpty();
    }

    @Test
    void withAllOverridesAllowedTheDecisionIsTheDefaultOne() {
        RequestedOverride override = new RequestedOverride(Refusal.DEPTH_STEP_EXCEEDED, BodyArea.CHEEKS, "tolerated");
        assertThat(ChartingDecision.decide(List.of(STEP_ON_CHEEKS), List.of(override), Set.of(), Refusal.OVERRIDABLE))
                .isEqualTo(ChartingDecision.decide(List.of(STEP_ON_CHEEKS), List.of(override), Set.of()));
    }
}
