package care.needlepoint.treatments.session.domain;

import static care.needlepoint.treatments.support.ProtocolBuilder.aHomeProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinitions;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/** The depth rules of charting, as plain functions: range, step, home depth, numbing. */
class DepthPoliciesTest {

    /** Cheeks with a pen 1.00-2.00 mm, temples with a pen 0.50-1.00 mm; numbing above 1.00 mm for 30 minutes. */
    private static final ProtocolDefinition CLINIC = ProtocolDefinitions.from(aProtocol().fields());
    /** Cheeks with a roller 0.25-0.75 mm, forehead 0.25-0.50 mm. */
    private static final ProtocolDefinition HOME = ProtocolDefinitions.from(aHomeProtocol().fields());

    private static ChartedArea area(BodyArea area, DeviceType device, String depth) {
        return new ChartedArea(area, device, new BigDecimal(depth));
    }

    @Nested
    class DepthRange {

        @ParameterizedTest
        @CsvSource({ "1.00", "1.50", "2.00" })
        void depthsWithinTheLimitPass(String depth) {
            assertThat(DepthRangePolicy.check(CLINIC, List.of(area(BodyArea.CHEEKS, DeviceType.PEN, depth))))
                    .isEmpty();
        }

        @ParameterizedTest
        @CsvSource({ "0.99", "2.01", "3.00", "0.20" })
        void depthsOutsideTheLimitAreOverridableRefusalsNamingTheArea(String depth) {
            List<Refusal> refusals = DepthRangePolicy.check(CLINIC,
                    List.of(area(BodyArea.CHEEKS, DeviceType.PEN, depth)));
            assertThat(refusals).singleElement().satisfies(refusal -> {
                assertThat(refusal.code()).isEqualTo(Refusal.DEPTH_OUT_OF_RANGE);
                assertThat(refusal.area()).isEqualTo(BodyArea.CHEEKS);
                assertThat(refusal.resolution()).isEqualTo(Refusal.Resolution.OVERRIDE);
                assertThat(refusal.message()).contains("1.00-2.00");
            });
        }

        @Test
        void aDeviceWithoutALimitOnTheAreaCannotBeOverridden() {
            assertThat(DepthRangePolicy.check(CLINIC, List.of(area(BodyArea.CHEEKS, DeviceType.ROLLER, "1.00"))))
                    .singleElement().satisfies(refusal -> {
                        assertThat(refusal.code()).isEqualTo(Refusal.NO_DEPTH_LIMIT);
                        assertThat(refusal.resolution()).isEqualTo(Refusal.Resolution.NONE);
                    });
        }

        @Test
        void eachAreaIsJudgedByItsOwnLimit() {
            assertThat(DepthRangePolicy.check(CLINIC, List.of(area(BodyArea.CHEEKS, DeviceType.PEN, "1.50"),
                    area(BodyArea.TEMPLES, DeviceType.PEN, "1.50")))).extracting(Refusal::area)
                    .containsExactly(BodyArea.TEMPLES);
        }
    }

    @Nested
    class DepthStep {

        private final BigDecimal step = new BigDecimal("0.25");

        @ParameterizedTest
        @CsvSource({ "1.00, 1.25, false", "1.00, 1.26, true", "1.00, 0.50, false", "1.50, 1.75, false",
                "1.50, 2.00, true" })
        void atMostOneStepAboveThePreviousDepth(String previous, String now, boolean refused) {
            List<Refusal> refusals = DepthStepPolicy.check(Map.of(BodyArea.CHEEKS, new BigDecimal(previous)),
                    List.of(area(BodyArea.CHEEKS, DeviceType.PEN, now)), step);
            assertThat(refusals).hasSize(refused ? 1 : 0);
            refusals.forEach(refusal -> {
                assertThat(refusal.code()).isEqualTo(Refusal.DEPTH_STEP_EXCEEDED);
                assertThat(refusal.resolution()).isEqualTo(Refusal.Resolution.OVERRIDE);
            });
        }

        @Test
        void theStepIsConfigurable() {
            assertThat(DepthStepPolicy.check(Map.of(BodyArea.CHEEKS, new BigDecimal("1.00")),
                    List.of(area(BodyArea.CHEEKS, DeviceType.PEN, "1.50")), new BigDecimal("0.50"))).isEmpty();
        }

        @Test
        void anAreaWithoutAPreviousDepthIsNotJudged() {
            assertThat(DepthStepPolicy.check(Map.of(), List.of(area(BodyArea.CHEEKS, DeviceType.PEN, "2.00")), step))
                    .isEmpty();
        }
    }

    @Nested
    class HomeDepth {

        @ParameterizedTest
        @CsvSource({ "0.25, ", "0.50, ", "0.51, home-depth-needs-approval", "0.75, home-depth-needs-approval",
                "0.99, home-depth-needs-approval", "1.00, home-depth-never", "1.50, home-depth-never" })
        void homeDepthsNeedApprovalAbove050AndNeverReach100(String depth, String code) {
            List<Refusal> refusals = HomeDepthPolicy.check(TreatmentSetting.HOME,
                    List.of(area(BodyArea.CHEEKS, DeviceType.ROLLER, depth)));
            if (code == null) {
                assertThat(refusals).isEmpty();
            } else {
                assertThat(refusals).singleElement().satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo(code);
                    assertThat(refusal.resolution()).isEqualTo(code.equals(Refusal.HOME_DEPTH_NEVER)
                            ? Refusal.Resolution.NONE : Refusal.Resolution.OVERRIDE);
                });
            }
        }

        @Test
        void clinicSessionsAreNotHomeSessions() {
            assertThat(HomeDepthPolicy.check(TreatmentSetting.CLINIC,
                    List.of(area(BodyArea.CHEEKS, DeviceType.PEN, "1.50")))).isEmpty();
        }

        @Test
        void theHomeProtocolFixtureIsHome() {
            assertThat(HOME.setting()).isEqualTo(TreatmentSetting.HOME);
        }
    }

    @Nested
    class NumbingDwell {

        @Test
        void notRequiredAtOrBelowTheThreshold() {
            assertThat(NumbingDwellPolicy.check(CLINIC.numbing(),
                    List.of(area(BodyArea.CHEEKS, DeviceType.PEN, "1.00")), null)).isEmpty();
        }

        @Test
        void requiredAboveTheThresholdOnAnyArea() {
            assertThat(NumbingDwellPolicy.check(CLINIC.numbing(), List.of(area(BodyArea.TEMPLES, DeviceType.PEN,
                    "0.50"), area(BodyArea.CHEEKS, DeviceType.PEN, "1.01")), null)).singleElement()
                    .satisfies(refusal -> {
                        assertThat(refusal.code()).isEqualTo(Refusal.NUMBING_REQUIRED);
                        assertThat(refusal.resolution()).isEqualTo(Refusal.Resolution.OVERRIDE);
                    });
        }

        @ParameterizedTest
        @CsvSource({ "29, true", "30, false", "45, false", "0, true" })
        void theDwellMustReachTheProtocolsMinimum(int dwell, boolean refused) {
            List<Refusal> refusals = NumbingDwellPolicy.check(CLINIC.numbing(),
                    List.of(area(BodyArea.CHEEKS, DeviceType.PEN, "1.50")), dwell);
            assertThat(refusals).extracting(Refusal::code)
                    .isEqualTo(refused ? List.of(Refusal.NUMBING_DWELL_TOO_SHORT) : List.of());
        }

        @Test
        void aProtocolWithoutNumbingNeverRequiresIt() {
            assertThat(NumbingDwellPolicy.check(HOME.numbing(),
                    List.of(area(BodyArea.CHEEKS, DeviceType.ROLLER, "0.75")), null)).isEmpty();
        }
    }
}
