package care.needlepoint.treatments.eligibility.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import care.needlepoint.treatments.clients.BookingFacts;
import care.needlepoint.treatments.clients.ClientsService;
import care.needlepoint.treatments.clinic.ClinicConfig;
import care.needlepoint.treatments.platform.problem.Problems;
import care.needlepoint.treatments.platform.security.CurrentUser;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ProtocolService;
import care.needlepoint.treatments.protocol.domain.ProtocolVersion;

/**
 * Booking-time eligibility: the protocol's current version and the client's booking facts from clients-service,
 * judged by {@link EligibilityPolicy}. Not transactional: it stores nothing, and the call to clients-service should
 * hold no database connection while it waits.
 */
@ApplicationScoped
public class EligibilityService {

    @Inject
    ProtocolService protocols;

    @Inject
    ClientsService clients;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClinicConfig clinic;

    @Inject
    Clock clock;

    /** The result of one check, with the version it was judged against. */
    public record Eligibility(UUID clientId, ProtocolVersion protocol, EligibilityOutcome outcome,
            List<EligibilityFinding> findings, Instant checkedAt) {
    }

    /**
     * @param areas the areas to be treated, or null for all the protocol's treatment areas; each must be one of them
     * @param on    the planned treatment date in the clinic's calendar, or null for today
     */
    public Eligibility check(UUID clientId, UUID protocolId, List<BodyArea> areas, LocalDate on) {
        Instant now = clock.instant();
        DatedEligibility judged = checkOn(clientId, protocolId, areas,
                List.of(on != null ? on : LocalDate.ofInstant(now, clinic.timeZone())), now);
        Verdict verdict = judged.verdicts().get(0);
        return new Eligibility(clientId, judged.protocol(), verdict.outcome(), verdict.findings(), now);
    }

    /** The result of one check over several dates: one verdict per date, in the order asked. */
    public record DatedEligibility(UUID clientId, ProtocolVersion protocol, List<Verdict> verdicts,
            Instant checkedAt) {
    }

    public record Verdict(LocalDate on, EligibilityOutcome outcome, List<EligibilityFinding> findings) {
    }

    /**
     * The same check on each of {@code dates} (the sessions of a planned series): the protocol and the client's
     * booking facts are read once, so a six-session series costs one call to clients-service, not six.
     *
     * @param dates distinct dates in the clinic's calendar, at least one
     */
    public DatedEligibility checkOn(UUID clientId, UUID protocolId, List<BodyArea> areas, List<LocalDate> dates) {
        return checkOn(clientId, protocolId, areas, dates, clock.instant());
    }

    private DatedEligibility checkOn(UUID clientId, UUID protocolId, List<BodyArea> areas, List<LocalDate> dates,
            Instant now) {
        ProtocolVersion protocol = protocols.current(protocolId);
        List<BodyArea> treated = areas == null || areas.isEmpty() ? protocol.definition().treatmentAreas() : areas;
        for (BodyArea area : treated) {
            if (!protocol.definition().treatmentAreas().contains(area)) {
                throw Problems.invalid("query", "areas", area + " is not one of this protocol's treatment areas "
                        + protocol.definition().treatmentAreas());
            }
        }
        BookingFacts facts = clients.bookingFacts(clientId, currentUser.subject())
                .orElseThrow(() -> Problems.notFound("client", clientId));
        List<Verdict> verdicts = dates.stream().map(day -> {
            List<EligibilityFinding> findings = EligibilityPolicy.assess(facts, protocol.definition(), treated, day);
            return new Verdict(day, EligibilityPolicy.outcome(findings), findings);
        }).toList();
        return new DatedEligibility(clientId, protocol, verdicts, now);
    }
}
