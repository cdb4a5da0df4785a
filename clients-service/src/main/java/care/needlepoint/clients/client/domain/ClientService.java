package care.needlepoint.clients.client.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditTrail;
import care.needlepoint.clients.audit.domain.AuditedRecord;
import care.needlepoint.clients.client.api.ClientFields;
import care.needlepoint.clients.client.api.ClientView;
import care.needlepoint.clients.client.persistence.ClientEntity;
import care.needlepoint.clients.client.persistence.ClientRepository;
import care.needlepoint.clients.platform.http.EntityTags;
import care.needlepoint.clients.platform.paging.Cursor;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.problem.Problems;

/** Creating, reading and changing client records; each public method is one transaction. */
@ApplicationScoped
public class ClientService {

    @Inject
    ClientRepository clients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public ClientView create(ClientFields fields) {
        ClientEntity client = new ClientEntity();
        client.id = UUID.randomUUID();
        client.status = ClientStatus.ACTIVE;
        client.createdAt = now();
        apply(fields, client);
        clients.persist(client);
        clients.flush(); // the version is assigned on insert, and the response carries it as the ETag
        audit.record(AuditAction.CREATE, AuditedRecord.CLIENT, client.id, client.id);
        return ClientView.of(client);
    }

    @Transactional
    public ClientView get(UUID id) {
        ClientEntity client = find(id);
        audit.record(AuditAction.READ, AuditedRecord.CLIENT, client.id, client.id);
        return ClientView.of(client);
    }

    /** Replaces the client's fields if the caller saw the current version; otherwise 412 and nothing changes. */
    @Transactional
    public ClientView update(UUID id, long expectedVersion, ClientFields fields) {
        ClientEntity client = find(id);
        if (client.version != expectedVersion) {
            throw EntityTags.stale(client.version);
        }
        apply(fields, client);
        try {
            clients.flush();
        } catch (OptimisticLockException concurrentUpdate) {
            // Another request updated the row between our read and our write.
            throw EntityTags.stale(expectedVersion + 1);
        }
        audit.record(AuditAction.UPDATE, AuditedRecord.CLIENT, client.id, client.id);
        return ClientView.of(client);
    }

    @Transactional
    public Page<ClientView> list(String familyName, String cursor, int limit) {
        List<ClientEntity> rows;
        if (cursor == null) {
            rows = clients.findFirstPage(familyName, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 3);
            rows = clients.findPageAfter(familyName, after.get(0), after.get(1), Cursor.uuid(after.get(2)), limit + 1);
        }
        Page<ClientView> page = Page.from(rows, limit, ClientView::of,
                last -> List.of(last.familyName, last.givenName, last.id.toString()));
        audit.recordAll(AuditAction.LIST, AuditedRecord.CLIENT,
                page.items().stream().map(shown -> new AuditTrail.Subject(shown.id(), shown.id())).toList());
        return page;
    }

    private ClientEntity find(UUID id) {
        return clients.findByIdOptional(id).orElseThrow(() -> Problems.notFound("client", id));
    }

    private void apply(ClientFields fields, ClientEntity client) {
        client.givenName = fields.givenName().strip();
        client.familyName = fields.familyName().strip();
        client.preferredName = blankToNull(fields.preferredName());
        client.dateOfBirth = fields.dateOfBirth();
        client.email = blankToNull(fields.email());
        client.phone = blankToNull(fields.phone());
        client.timeZone = fields.timeZone();
        client.updatedAt = now();
    }

    private Instant now() {
        return clock.instant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
