package care.needlepoint.scheduling.appointment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import care.needlepoint.scheduling.calendar.domain.Interval;
import care.needlepoint.scheduling.peer.Protocol;
import care.needlepoint.scheduling.platform.problem.FieldViolation;

/**
 * How long each phase of an appointment lasts, as a pure policy (README, "Appointments and their phases").
 *
 * <p>Numbing: with a protocol whose policy is NONE there is none (asking for it is a 400). OPTIONAL: only when the
 * request asks for it ({@code numbing: true}). REQUIRED_ABOVE_DEPTH: when the planned depth is above the protocol's
 * threshold (asking for none then is a 400); at or below it only when asked for; when no depth is given numbing is
 * planned, because a room reserved too long costs less than a client treated without anaesthetic. The numbing
 * lasts the protocol's {@code minimumDwellMinutes}. Without a protocol (a consultation) there is no numbing and the
 * request gives {@code durationMinutes}.
 */
public final class BookingPlan {

    /** Used when a protocol plans numbing but names no dwell time: the middle of the usual 20-45 minutes. */
    static final int DEFAULT_DWELL_MINUTES = 30;

    private BookingPlan() {
    }

    /** The minutes of each phase, or the violations that make the request inconsistent. */
    public record Minutes(int numbing, int procedure, int turnover, List<FieldViolation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }

        /** The phases of an appointment whose client arrives at {@code startsAt}. */
        public Phases at(Instant startsAt) {
            Instant procedureStarts = startsAt.plus(Duration.ofMinutes(numbing));
            Instant procedureEnds = procedureStarts.plus(Duration.ofMinutes(procedure));
            return new Phases(startsAt, procedureStarts, procedureEnds,
                    procedureEnds.plus(Duration.ofMinutes(turnover)));
        }
    }

    /** When each party is busy: client [startsAt, procedureEndsAt), practitioner the procedure, room until free. */
    public record Phases(Instant startsAt, Instant procedureStartsAt, Instant procedureEndsAt, Instant roomFreeAt) {

        public Interval client() {
            return new Interval(startsAt, procedureEndsAt);
        }

        public Interval practitioner() {
            return new Interval(procedureStartsAt, procedureEndsAt);
        }

        public Interval room() {
            return new Interval(startsAt, roomFreeAt);
        }
    }

    /** The plan for a protocol (current version) and what the request says about depth and numbing. */
    public static Minutes forProtocol(Protocol protocol, BigDecimal plannedDepthMm, Boolean numbingRequested,
            int turnoverMinutes) {
        List<FieldViolation> violations = new ArrayList<>();
        int procedure = protocol.procedureMinutes() == null ? 0 : protocol.procedureMinutes();
        Protocol.Numbing numbing = protocol.numbing();
        String policy = numbing == null || numbing.policy() == null ? "NONE" : numbing.policy();
        int dwell = numbing == null || numbing.minimumDwellMinutes() == null ? DEFAULT_DWELL_MINUTES
                : numbing.minimumDwellMinutes();
        boolean numb;
        switch (policy) {
            case "NONE" -> {
                if (Boolean.TRUE.equals(numbingRequested)) {
                    violations.add(FieldViolation.body("numbing", "this protocol uses no numbing"));
                }
                numb = false;
            }
            case "OPTIONAL" -> numb = Boolean.TRUE.equals(numbingRequested);
            case "REQUIRED_ABOVE_DEPTH" -> {
                BigDecimal threshold = numbing.requiredAboveDepthMm();
                boolean required = plannedDepthMm == null || threshold == null
                        || plannedDepthMm.compareTo(threshold) > 0;
                if (required && Boolean.FALSE.equals(numbingRequested)) {
                    violations.add(FieldViolation.body("numbing", plannedDepthMm == null
                            ? "this protocol requires numbing above " + threshold + " mm; give plannedDepthMm to "
                                    + "book without it"
                            : "this protocol requires numbing above " + threshold + " mm"));
                }
                numb = required || Boolean.TRUE.equals(numbingRequested);
            }
            // A policy this service does not know: plan the numbing the protocol describes, never less.
            default -> numb = numbing.minimumDwellMinutes() != null;
        }
        return new Minutes(numb ? dwell : 0, procedure, turnoverMinutes, violations);
    }

    /**
     * What a request for a visit must say about its length: a protocol (which sets numbing and procedure minutes and
     * alone takes a depth and a numbing choice) or a plain duration, never both. Shared by bookings and wait-list
     * entries, which describe the same visit.
     */
    public static List<FieldViolation> lengthViolations(Object protocolId, Integer durationMinutes,
            BigDecimal plannedDepthMm, Boolean numbing) {
        List<FieldViolation> violations = new ArrayList<>();
        if (protocolId != null && durationMinutes != null) {
            violations.add(FieldViolation.body("durationMinutes",
                    "give protocolId or durationMinutes, not both: a protocol sets its own duration"));
        }
        if (protocolId == null) {
            if (durationMinutes == null) {
                violations.add(FieldViolation.body("durationMinutes", "is required without protocolId"));
            }
            if (plannedDepthMm != null) {
                violations.add(FieldViolation.body("plannedDepthMm", "only with a protocolId"));
            }
            if (numbing != null) {
                violations.add(FieldViolation.body("numbing", "only with a protocolId"));
            }
        }
        return violations;
    }

    /** The plan for a plain appointment without protocol (a consultation, a review). */
    public static Minutes plain(int durationMinutes, int turnoverMinutes) {
        return new Minutes(0, durationMinutes, turnoverMinutes, List.of());
    }
}
