package care.needlepoint.clients.screening.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import care.needlepoint.clients.platform.problem.FieldViolation;
import care.needlepoint.clients.screening.api.ScreeningAnswers;
import care.needlepoint.clients.screening.api.ScreeningAnswers.DatedHistory;
import care.needlepoint.clients.screening.api.ScreeningAnswers.InflammatorySkinCondition;
import care.needlepoint.clients.screening.api.ScreeningAnswers.SiteCondition;

/**
 * How the parts of each screening answer must fit together (docs/domain.md): a condition that is present says where,
 * one that is absent names no area; a history that occurred says when, on a plausible date, and one that did not
 * names no date. Bean validation has already checked that every answer is there; a rule whose inputs are missing
 * stays silent and leaves that to it. Pure: "today" is a parameter, so the rules are tested without a clock.
 */
public final class ScreeningConsistency {

    /** No client alive today had a peel or took isotretinoin before this; an earlier date is a typing mistake. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /**
     * The first offset to reach each new date (Kiribati's Line Islands). A client's local date is never later than
     * the date here, so "not in the future" holds for every client without the service knowing their zone.
     */
    public static final ZoneOffset EARLIEST_OFFSET_ON_EARTH = ZoneOffset.ofHours(14);

    private ScreeningConsistency() {
    }

    /** The latest calendar date anywhere on Earth at {@code now}: the bound for "not in the future". */
    public static LocalDate latestDateOnEarth(Instant now) {
        return LocalDate.ofInstant(now, EARLIEST_OFFSET_ON_EARTH);
    }

    /** Every inconsistency in {@code answers}, as dotted JSON fields ordered by field; empty when there is none. */
    public static List<FieldViolation> violations(ScreeningAnswers answers, LocalDate latestDateOnEarth) {
        List<Optional<FieldViolation>> found = new ArrayList<>();
        SiteCondition acne = answers.activeAcneOrInfection();
        if (acne != null) {
            found.add(areasMatchPresence("activeAcneOrInfection", acne.present(), acne.areas()));
        }
        InflammatorySkinCondition inflammatory = answers.inflammatorySkinCondition();
        if (inflammatory != null) {
            found.add(conditionsMatchPresence("inflammatorySkinCondition", inflammatory));
            found.add(areasMatchPresence("inflammatorySkinCondition", inflammatory.present(), inflammatory.areas()));
        }
        dated("isotretinoin", answers.isotretinoin(), latestDateOnEarth, found);
        dated("chemicalPeel", answers.chemicalPeel(), latestDateOnEarth, found);
        dated("laserTreatment", answers.laserTreatment(), latestDateOnEarth, found);
        dated("injectables", answers.injectables(), latestDateOnEarth, found);
        dated("sunburn", answers.sunburn(), latestDateOnEarth, found);
        return found.stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
    }

    /** A site condition that is present names at least one area; one that is absent names none. */
    public static Optional<FieldViolation> areasMatchPresence(String field, Boolean present, Set<BodyArea> areas) {
        return codesMatchPresence(field + ".areas", present, areas, "body area");
    }

    /** Present: at least one of eczema, psoriasis, rosacea. Absent: none. */
    public static Optional<FieldViolation> conditionsMatchPresence(String field, InflammatorySkinCondition answer) {
        if (answer == null) {
            return Optional.empty();
        }
        return codesMatchPresence(field + ".conditions", answer.present(), answer.conditions(),
                "condition (ECZEMA, PSORIASIS or ROSACEA)");
    }

    /** Occurred: a date is required. Did not occur: no date. */
    public static Optional<FieldViolation> lastOnMatchesOccurrence(String field, DatedHistory answer) {
        if (answer == null || answer.occurred() == null) {
            return Optional.empty();
        }
        if (answer.occurred() && answer.lastOn() == null) {
            return rejected(field + ".lastOn", "is required when occurred is true");
        }
        if (!answer.occurred() && answer.lastOn() != null) {
            return rejected(field + ".lastOn", "must be left out when occurred is false");
        }
        return Optional.empty();
    }

    /** A date that occurred is not after the latest date on Earth and not before {@link #EARLIEST_DATE}. */
    public static Optional<FieldViolation> lastOnIsPlausible(String field, DatedHistory answer,
            LocalDate latestDateOnEarth) {
        // Without occurred, lastOnMatchesOccurrence has the one thing worth saying.
        if (answer == null || !Boolean.TRUE.equals(answer.occurred()) || answer.lastOn() == null) {
            return Optional.empty();
        }
        if (answer.lastOn().isAfter(latestDateOnEarth)) {
            return rejected(field + ".lastOn", "must not be in the future");
        }
        if (answer.lastOn().isBefore(EARLIEST_DATE)) {
            return rejected(field + ".lastOn", "must not be before " + EARLIEST_DATE);
        }
        return Optional.empty();
    }

    private static void dated(String field, DatedHistory answer, LocalDate latestDateOnEarth,
            List<Optional<FieldViolation>> found) {
        Stream.of(lastOnMatchesOccurrence(field, answer), lastOnIsPlausible(field, answer, latestDateOnEarth))
                .forEach(found::add);
    }

    private static Optional<FieldViolation> codesMatchPresence(String field, Boolean present, Set<?> codes,
            String what) {
        if (present == null) {
            return Optional.empty();
        }
        boolean none = codes == null || codes.isEmpty();
        if (present && none) {
            return rejected(field, "must name at least one " + what + " when present is true");
        }
        if (!present && !none) {
            return rejected(field, "must be empty when present is false");
        }
        return Optional.empty();
    }

    private static Optional<FieldViolation> rejected(String field, String message) {
        return Optional.of(FieldViolation.body(field, message));
    }
}
