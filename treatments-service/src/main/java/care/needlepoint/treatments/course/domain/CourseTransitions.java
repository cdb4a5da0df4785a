package care.needlepoint.treatments.course.domain;

import java.util.Optional;

/**
 * Which status changes a person may ask for; the others happen by charting (ACTIVE at the first session, COMPLETED
 * and MAINTENANCE at the last planned one). Pure.
 */
public final class CourseTransitions {

    private CourseTransitions() {
    }

    /** Empty when {@code from} may change to {@code to} by request; otherwise why not, for the 409's detail. */
    public static Optional<String> refusal(CourseStatus from, CourseStatus to) {
        if (from == CourseStatus.STOPPED || from == CourseStatus.COMPLETED) {
            return Optional.of("The course is " + from + ", which is final.");
        }
        if (to == CourseStatus.STOPPED) {
            return Optional.empty();
        }
        if (from == CourseStatus.PLANNED && to == CourseStatus.ACTIVE) {
            return Optional.empty();
        }
        if (to == CourseStatus.COMPLETED || to == CourseStatus.MAINTENANCE) {
            return Optional.of("A course becomes " + to + " when its last planned session is charted.");
        }
        return Optional.of("A course cannot go from " + from + " to " + to + ".");
    }
}
