package care.needlepoint.scheduling.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.scheduling.peer.Protocol;
import care.needlepoint.scheduling.platform.problem.FieldViolation;

class BookingPlanTest {

    private static Protocol protocol(String policy, String threshold) {
        return new Protocol(UUID.randomUUID(), "Acne scars", 3, 45,
                new Protocol.Numbing(policy, threshold == null ? null : new BigDecimal(threshold),
                        "NONE".equals(policy) ? null : 30), null, null);
    }

    @Test
    void requiredAboveDepthPlansNumbingOnlyAboveTheThresholdOrWhenAsked() {
        Protocol deep = protocol("REQUIRED_ABOVE_DEPTH", "1.00");
        assertThat(BookingPlan.forProtocol(deep, new BigDecimal("1.50"), null, 15).numbing()).isEqualTo(30);
        assertThat(BookingPlan.forProtocol(deep, new BigDecimal("1.00"), null, 15).numbing()).isZero();
        assertThat(BookingPlan.forProtocol(deep, new BigDecimal("0.75"), true, 15).numbing()).isEqualTo(30);
        // No depth given: numbing is planned, never assumed away.
        assertThat(BookingPlan.forProtocol(deep, null, null, 15).numbing()).isEqualTo(30);
        var refused = BookingPlan.forProtocol(deep, new BigDecimal("1.50"), false, 15);
        assertThat(refused.valid()).isFalse();
        assertThat(refused.violations().get(0).field()).isEqualTo("numbing");
        assertThat(BookingPlan.forProtocol(deep, null, false, 15).violations()).hasSize(1);
    }

    @Test
    void optionalNumbingOnlyWhenAskedAndNoneNever() {
        assertThat(BookingPlan.forProtocol(protocol("OPTIONAL", null), null, true, 15).numbing()).isEqualTo(30);
        assertThat(BookingPlan.forProtocol(protocol("OPTIONAL", null), null, null, 15).numbing()).isZero();
        assertThat(BookingPlan.forProtocol(protocol("NONE", null), null, null, 15).numbing()).isZero();
        assertThat(BookingPlan.forProtocol(protocol("NONE", null), null, true, 15).valid()).isFalse();
        // A policy from a newer treatments-service: plan the numbing it describes rather than none.
        assertThat(BookingPlan.forProtocol(protocol("SOMETHING_NEW", null), null, null, 15).numbing()).isEqualTo(30);
    }

    @Test
    void phasesPutNumbingBeforeTheProcedureAndTurnoverAfter() {
        var phases = BookingPlan.forProtocol(protocol("REQUIRED_ABOVE_DEPTH", "1.00"), new BigDecimal("2.00"), null,
                15).at(Instant.parse("2027-02-01T09:00:00Z"));
        assertThat(phases.client().start()).isEqualTo("2027-02-01T09:00:00Z");
        assertThat(phases.client().end()).isEqualTo("2027-02-01T10:15:00Z");
        assertThat(phases.practitioner().start()).isEqualTo("2027-02-01T09:30:00Z");
        assertThat(phases.practitioner().end()).isEqualTo("2027-02-01T10:15:00Z");
        assertThat(phases.room().end()).isEqualTo("2027-02-01T10:30:00Z");
        var plain = BookingPlan.plain(30, 0).at(Instant.parse("2027-02-01T09:00:00Z"));
        assertThat(plain.practitioner()).isEqualTo(plain.client());
    }

    @Test
    void aVisitIsAProtocolOrAPlainDurationNeverBoth() {
        UUID protocol = UUID.randomUUID();
        assertThat(BookingPlan.lengthViolations(protocol, null, new BigDecimal("1.00"), true)).isEmpty();
        assertThat(BookingPlan.lengthViolations(null, 30, null, null)).isEmpty();
        assertThat(BookingPlan.lengthViolations(protocol, 30, null, null))
                .extracting(FieldViolation::field).containsExactly("durationMinutes");
        assertThat(BookingPlan.lengthViolations(null, null, new BigDecimal("0.50"), false))
                .extracting(FieldViolation::field).containsExactly("durationMinutes", "plannedDepthMm", "numbing");
    }
}
