package care.needlepoint.scheduling.appointment.domain;

import java.util.List;
import java.util.Set;

import care.needlepoint.scheduling.peer.Eligibility;

/**
 * Eligibility of a series' later sessions, as a pure policy (README, "Series"). The first session's date is judged as
 * a single booking is. A later session's BLOCK refuses the series only when a finding blocks for a reason that time
 * alone will not cure: findings that only say that something runs out (the screening expiring) do not refuse later
 * sessions, because the clinic renews the screening before then; the series view says so per session instead.
 */
public final class SeriesEligibility {

    /** Finding codes that only mean "time ran out" (treatments-service's eligibility codes). */
    public static final Set<String> TIME_BOUND = Set.of("screening-expired");

    private SeriesEligibility() {
    }

    /** The findings that refuse a later session: every BLOCK except the time-bound ones. */
    public static List<Eligibility.Finding> refusing(Eligibility eligibility) {
        if (eligibility.isOk() || eligibility.isWarningOnly()) {
            return List.of();
        }
        List<Eligibility.Finding> blocking = eligibility.findingsOrEmpty().stream()
                .filter(f -> !"WARN".equals(f.effect()) && !TIME_BOUND.contains(f.code())).toList();
        // An outcome we cannot read, or a BLOCK without a finding, refuses as a whole: never book on it.
        if (blocking.isEmpty() && eligibility.findingsOrEmpty().stream().noneMatch(f -> TIME_BOUND.contains(f.code()))) {
            return eligibility.findingsOrEmpty().isEmpty()
                    ? List.of(new Eligibility.Finding(null, "BLOCK", "eligibility-unreadable",
                            "The eligibility check answered " + eligibility.outcome() + " without findings."))
                    : eligibility.findingsOrEmpty();
        }
        return blocking;
    }

    /** Whether the session also needs the warnings acknowledged (WARN findings, besides any time-bound BLOCK). */
    public static boolean warns(Eligibility eligibility) {
        return eligibility.findingsOrEmpty().stream().anyMatch(f -> "WARN".equals(f.effect()));
    }
}
