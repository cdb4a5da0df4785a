package care.needlepoint.treatments.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ContraindicationRule;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/**
 * Judges a client's screening answers against a protocol version's contraindication rules: which rules apply, with
 * what effect and why, and the outcome they add up to. Pure: no clock, no database, no configuration; the caller
 * passes the treated areas and today's date in the clinic's zone. Booking-time eligibility and treatment-time
 * charting both call it.
 *
 * <p>It fails closed: an answer it cannot read (missing, or "present" without a date or areas) never clears a rule.
 * A missing answer blocks even under a WARN rule, because nobody has asked the question.
 */
public final class ContraindicationPolicy {

    private ContraindicationPolicy() {
    }

    /** Every rule that applies, in the rules' order, and the overall outcome. */
    public static ContraindicationAssessment assess(List<ContraindicationRule> rules, ScreeningAnswers answers,
            Collection<BodyArea> treatedAreas, LocalDate today) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(treatedAreas, "treatedAreas");
        Objects.requireNonNull(today, "today");
        Set<BodyArea> treated = Set.copyOf(treatedAreas);
        List<ContraindicationFinding> findings = new ArrayList<>();
        for (ContraindicationRule rule : rules) {
            apply(rule, answers, treated, today).ifPresent(findings::add);
        }
        return ContraindicationAssessment.of(findings);
    }

    /** The finding of one rule, if it applies. */
    public static Optional<ContraindicationFinding> apply(ContraindicationRule rule, ScreeningAnswers answers,
            Set<BodyArea> treatedAreas, LocalDate today) {
        return switch (rule.item().shape()) {
            case YES_NO -> yesNo(rule, answers.yesNo(rule.item()));
            case SITE_CONDITION -> siteCondition(rule, answers.siteCondition(rule.item()), treatedAreas);
            case DATED_HISTORY -> datedHistory(rule, answers.datedHistory(rule.item()), today);
        };
    }

    /** A yes/no item applies when answered yes. */
    public static Optional<ContraindicationFinding> yesNo(ContraindicationRule rule, Boolean answer) {
        if (answer == null) {
            return Optional.of(missing(rule));
        }
        if (!answer) {
            return Optional.empty();
        }
        return found(rule, FindingCode.ANSWERED_YES, label(rule.item()) + ": answered yes.", List.of(), null);
    }

    /**
     * A site condition applies when present: with {@code onlyAtTreatedArea} only where its areas overlap the treated
     * ones, otherwise wherever it is. Present without areas may be anywhere, so it applies.
     */
    public static Optional<ContraindicationFinding> siteCondition(ContraindicationRule rule, SiteCondition answer,
            Set<BodyArea> treatedAreas) {
        if (answer == null || answer.present() == null) {
            return Optional.of(missing(rule));
        }
        if (!answer.present()) {
            return Optional.empty();
        }
        List<BodyArea> where = answer.areas() == null ? List.of()
                : answer.areas().stream().filter(Objects::nonNull).distinct().toList();
        String label = label(rule.item());
        if (where.isEmpty()) {
            return found(rule, FindingCode.PRESENT_AREAS_UNKNOWN, label + ": present, but the screening does not say "
                    + "where; it may be at a treated area.", List.of(), null);
        }
        if (!rule.countsOnlyAtTreatedArea()) {
            return found(rule, FindingCode.PRESENT, label + ": present (" + names(where) + "); this protocol counts "
                    + "it wherever it is.", where, null);
        }
        List<BodyArea> atTreated = where.stream().filter(treatedAreas::contains).toList();
        if (atTreated.isEmpty()) {
            return Optional.empty();
        }
        return found(rule, FindingCode.PRESENT_AT_TREATED_AREA, label + ": present at a treated area ("
                + names(atTreated) + ").", atTreated, null);
    }

    /**
     * A dated item applies from the day it last happened until the rule's window has passed: while today is before
     * {@link ContraindicationRule#clearsOn}. A date after today (which the screening refuses) therefore applies too;
     * a date that is not known may be within the window, so it applies.
     */
    public static Optional<ContraindicationFinding> datedHistory(ContraindicationRule rule, DatedHistory answer,
            LocalDate today) {
        if (answer == null || answer.occurred() == null) {
            return Optional.of(missing(rule));
        }
        if (!answer.occurred()) {
            return Optional.empty();
        }
        String label = label(rule.item());
        if (answer.lastOn() == null) {
            return found(rule, FindingCode.DATE_UNKNOWN, label + ": happened, but the screening has no date; it may "
                    + "be within this protocol's " + rule.windowText() + ".", List.of(), null);
        }
        LocalDate clearsOn = rule.clearsOn(answer.lastOn());
        if (!today.isBefore(clearsOn)) {
            return Optional.empty();
        }
        return found(rule, FindingCode.WITHIN_WINDOW, label + ": last on " + answer.lastOn() + ", within this "
                + "protocol's " + rule.windowText() + "; clear from " + clearsOn + ".", List.of(), clearsOn);
    }

    private static ContraindicationFinding missing(ContraindicationRule rule) {
        return new ContraindicationFinding(rule.item(), ContraindicationEffect.BLOCK, FindingCode.ANSWER_MISSING,
                "The screening has no answer to " + rule.item().jsonField() + " (" + label(rule.item()).toLowerCase(
                        Locale.ROOT) + "); record a complete screening.", List.of(), null);
    }

    private static Optional<ContraindicationFinding> found(ContraindicationRule rule, FindingCode code,
            String message, List<BodyArea> areas, LocalDate clearsOn) {
        return Optional.of(new ContraindicationFinding(rule.item(), rule.effect(), code, message, areas, clearsOn));
    }

    /** "CHEMICAL_PEEL" as "Chemical peel". */
    static String label(ScreeningItem item) {
        String words = item.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String names(List<BodyArea> areas) {
        return String.join(", ", areas.stream().map(BodyArea::name).toList());
    }
}
