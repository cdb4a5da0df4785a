package care.needlepoint.treatments.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourseTransitionsTest {

    @ParameterizedTest
    @CsvSource({ "PLANNED, ACTIVE, true", "PLANNED, STOPPED, true", "ACTIVE, STOPPED, true",
            "MAINTENANCE, STOPPED, true", "ACTIVE, PLANNED, false", "ACTIVE, COMPLETED, false",
            "ACTIVE, MAINTENANCE, false", "STOPPED, ACTIVE, false", "STOPPED, STOPPED, false",
            "COMPLETED, STOPPED, false", "MAINTENANCE, ACTIVE, false" })
    void onlyStartingAndStoppingAreAskedFor(CourseStatus from, CourseStatus to, boolean allowed) {
        assertThat(CourseTransitions.refusal(from, to).isEmpty()).isEqualTo(allowed);
    }
}
