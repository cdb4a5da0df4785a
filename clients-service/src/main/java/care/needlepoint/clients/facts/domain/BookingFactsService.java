package care.needlepoint.clients.facts.domain;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditTrail;
import care.needlepoint.clients.audit.domain.AuditedRecord;
import care.needlepoint.clients.client.domain.ClientService;
import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.client.persistence.ClientEntity;
import care.needlepoint.clients.consent.domain.ConsentService;
import care.needlepoint.clients.facts.api.BookingFactsView;
import care.needlepoint.clients.screening.domain.ScreeningService;

/** Gathers the booking facts in one transaction, so that status, screening and consents are one consistent view. */
@ApplicationScoped
public class BookingFactsService {

    @Inject
    ClientService clients;

    @Inject
    ScreeningService screenings;

    @Inject
    ConsentService consents;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public BookingFactsView factsFor(UUID clientId) {
        ClientEntity client = clients.find(clientId);
        BookingFactsView facts = new BookingFactsView(client.id, client.status, client.status == ClientStatus.ACTIVE,
                client.timeZone, screenings.latestFor(clientId).orElse(null), consents.validFor(clientId),
                clock.instant());
        audit.record(AuditAction.READ, AuditedRecord.BOOKING_FACTS, client.id, client.id);
        return facts;
    }
}
