package care.needlepoint.clients.audit.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.audit.api.AuditEventView;
import care.needlepoint.clients.audit.persistence.AuditEventRepository;
import care.needlepoint.clients.client.persistence.ClientRepository;
import care.needlepoint.clients.platform.paging.Cursor;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.problem.Problems;

/** Reading a client's audit trail, which is itself audited. */
@ApplicationScoped
public class AuditReader {

    @Inject
    AuditEventRepository events;

    @Inject
    ClientRepository clients;

    @Inject
    AuditTrail trail;

    @Transactional
    public Page<AuditEventView> trail(UUID clientId, String cursor, int limit) {
        if (clients.findByIdOptional(clientId).isEmpty()) {
            throw Problems.notFound("client", clientId);
        }
        Long before = cursor == null ? null : parseId(Cursor.decode(cursor, 1).get(0));
        Page<AuditEventView> page = Page.from(events.findTrail(clientId, before, limit + 1), limit,
                AuditEventView::of, last -> List.of(Long.toString(last.id)));
        trail.record(AuditAction.READ, AuditedRecord.AUDIT_TRAIL, clientId, clientId);
        return page;
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
        }
    }
}
