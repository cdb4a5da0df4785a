package care.needlepoint.scheduling.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import care.needlepoint.scheduling.peer.Eligibility;
import care.needlepoint.scheduling.peer.Eligibility.Finding;

class SeriesEligibilityTest {

    private static final Finding EXPIRED = new Finding(null, "BLOCK", "screening-expired", "expired");
    private static final Finding PREGNANT = new Finding("PREGNANT_OR_BREASTFEEDING", "BLOCK",
            "contraindication.pregnant-or-breastfeeding", "pregnant");
    private static final Finding ISOTRETINOIN = new Finding("ISOTRETINOIN", "WARN", "contraindication.isotretinoin",
            "isotretinoin");

    @Test
    void okAndWarnNeverRefuse() {
        assertThat(SeriesEligibility.refusing(new Eligibility("OK", 1, List.of()))).isEmpty();
        Eligibility warn = new Eligibility("WARN", 1, List.of(ISOTRETINOIN));
        assertThat(SeriesEligibility.refusing(warn)).isEmpty();
        assertThat(SeriesEligibility.warns(warn)).isTrue();
    }

    @Test
    void aBlockThatOnlySaysTheScreeningRunsOutDoesNotRefuseALaterSession() {
        Eligibility block = new Eligibility("BLOCK", 1, List.of(EXPIRED));
        assertThat(SeriesEligibility.refusing(block)).isEmpty();
        assertThat(SeriesEligibility.warns(block)).isFalse();
    }

    @Test
    void anyOtherBlockRefusesNamingOnlyWhatTimeWillNotCure() {
        assertThat(SeriesEligibility.refusing(new Eligibility("BLOCK", 1, List.of(EXPIRED, PREGNANT))))
                .containsExactly(PREGNANT);
        assertThat(SeriesEligibility.refusing(new Eligibility("BLOCK", 1, List.of(PREGNANT, ISOTRETINOIN))))
                .containsExactly(PREGNANT);
    }

    @Test
    void aVerdictWeCannotReadRefuses() {
        assertThat(SeriesEligibility.refusing(new Eligibility("BLOCK", 1, List.of()))).extracting(Finding::code)
                .containsExactly("eligibility-unreadable");
        assertThat(SeriesEligibility.refusing(new Eligibility("MAYBE", 1, null))).extracting(Finding::code)
                .containsExactly("eligibility-unreadable");
        Finding odd = new Finding(null, "WARN", "something-new", "odd");
        assertThat(SeriesEligibility.refusing(new Eligibility("BLOCK", 1, List.of(odd)))).containsExactly(odd);
    }
}
