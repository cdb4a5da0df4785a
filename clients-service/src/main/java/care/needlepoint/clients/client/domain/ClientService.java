package care.needlepoint.clients.client.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

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
        return ClientView.of(client);
    }

    @Transactional
    public ClientView get(UUID id) {
        return ClientView.of(find(id));
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
        return ClientView.of(client);
    }

    @Transactional
    public Page<ClientView> list(String familyName, String cursor, int limit) {
        List<ClientEntity> rows;
        if (cursor == null) {
            rows = clients.findFirstPage(familyName, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 3);
            rows = clients.findPageAfter(familyName, after.get(0), after.get(1), parseId(after.get(2)), limit + 1);
        }
        boolean more = rows.size() > limit;
        List<ClientEntity> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            ClientEntity last = page.get(page.size() - 1);
            next = Cursor.encode(List.of(last.familyName, last.givenName, last.id.toString()));
        }
        return new Page<>(page.stream().map(ClientView::of).toList(), next);
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

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
        }
    }
}
