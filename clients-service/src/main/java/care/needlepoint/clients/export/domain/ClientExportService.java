package care.needlepoint.clients.export.domain;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.audit.api.AuditEventView;
import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditTrail;
import care.needlepoint.clients.audit.domain.AuditedRecord;
import care.needlepoint.clients.audit.persistence.AuditEventRepository;
import care.needlepoint.clients.client.api.ClientView;
import care.needlepoint.clients.client.domain.ClientService;
import care.needlepoint.clients.consent.domain.ConsentService;
import care.needlepoint.clients.export.api.ClientExport;
import care.needlepoint.clients.platform.security.CurrentUser;
import care.needlepoint.clients.screening.domain.ScreeningService;

/** The right-of-access export: one transaction, so the parts agree with each other. */
@ApplicationScoped
public class ClientExportService {

    @Inject
    ClientService clients;

    @Inject
    ScreeningService screenings;

    @Inject
    ConsentService consents;

    @Inject
    AuditEventRepository auditEvents;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional
    public ClientExport export(UUID clientId) {
        ClientView client = ClientView.of(clients.find(clientId));
        // Recorded first so that the export contains its own entry: the person sees that it was made, and by whom.
        audit.record(AuditAction.EXPORT, AuditedRecord.CLIENT, clientId, clientId);
        return new ClientExport(ClientExport.FORMAT_VERSION, clock.instant(), currentUser.subject(), client,
                screenings.allFor(clientId), consents.allFor(clientId),
                auditEvents.findAllForClient(clientId).stream().map(AuditEventView::of).toList());
    }
}
