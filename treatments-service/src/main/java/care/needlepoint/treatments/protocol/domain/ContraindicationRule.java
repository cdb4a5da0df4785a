package care.needlepoint.treatments.protocol.domain;

import java.time.LocalDate;

/**
 * When a screening answer stops a protocol (BLOCK) or needs a practitioner's acknowledgement (WARN). The fields that
 * matter depend on the item's shape: a dated item has exactly one window ({@code windowDays} or
 * {@code windowMonths}); a site condition says whether it counts only at a treated area; a yes/no item has neither.
 * ProtocolRules checks those combinations at the API, the database again; eligibility.domain.ContraindicationPolicy
 * applies a rule to a client's answers.
 */
public record ContraindicationRule(
        ScreeningItem item,
        ContraindicationEffect effect,
        Integer windowDays,
        Integer windowMonths,
        Boolean onlyAtTreatedArea) {

    public static ContraindicationRule whenYes(ScreeningItem item, ContraindicationEffect effect) {
        return new ContraindicationRule(item, effect, null, null, null);
    }

    public static ContraindicationRule whenPresent(ScreeningItem item, ContraindicationEffect effect,
            boolean onlyAtTreatedArea) {
        return new ContraindicationRule(item, effect, null, null, onlyAtTreatedArea);
    }

    public static ContraindicationRule withinDays(ScreeningItem item, ContraindicationEffect effect, int days) {
        return new ContraindicationRule(item, effect, days, null, null);
    }

    public static ContraindicationRule withinMonths(ScreeningItem item, ContraindicationEffect effect, int months) {
        return new ContraindicationRule(item, effect, null, months, null);
    }

    /**
     * The first day on which a dated item that last happened on {@code lastOn} no longer applies: the window counts
     * whole days or calendar months from that date (a peel on 1 March with a 30-day window applies up to 30 March and
     * is clear from 31 March; isotretinoin last taken on 31 March with a 6-month window is clear from 30 September).
     */
    public LocalDate clearsOn(LocalDate lastOn) {
        if (windowDays != null) {
            return lastOn.plusDays(windowDays);
        }
        if (windowMonths != null) {
            return lastOn.plusMonths(windowMonths);
        }
        throw new IllegalStateException("A rule for " + item + " without a window has no end date");
    }

    /** A site condition counts only where it overlaps the treated areas; a missing flag counts everywhere. */
    public boolean countsOnlyAtTreatedArea() {
        return Boolean.TRUE.equals(onlyAtTreatedArea);
    }

    /** The window in words, for messages: "30 days", "6 months". */
    public String windowText() {
        if (windowDays != null) {
            return windowDays + (windowDays == 1 ? " day" : " days");
        }
        if (windowMonths != null) {
            return windowMonths + (windowMonths == 1 ? " month" : " months");
        }
        return "no window";
    }
}
