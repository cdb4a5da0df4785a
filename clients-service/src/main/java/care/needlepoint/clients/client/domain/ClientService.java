package care.needlepoint.clients.client.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditTrail;
import care.needlepoint.clients.audit.domain.AuditedRecord;
import care.needlepoint.clients.client.api.ClientFields;
import care.needlepoint.clients.client.api.ClientView;
import care.needlepoint.clients.client.api.MarketingChoices;
import care.needlepoint.clients.client.api.PostalAddress;
import care.needlepoint.clients.client.persistence.ClientEntity;
import care.needlepoint.clients.client.persistence.ClientRepository;
import care.needlepoint.clients.platform.http.EntityTags;
import care.needlepoint.clients.platform.idempotency.Idempotency;
import care.needlepoint.clients.platform.paging.Cursor;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.problem.FieldViolation;
import care.needlepoint.clients.platform.problem.ProblemType;
import care.needlepoint.clients.platform.problem.Problems;
import care.needlepoint.clients.platform.security.CurrentUser;

/** Creating, finding and changing client records; each public method is one transaction, audited inside it. */
@ApplicationScoped
public class ClientService {

    @Inject
    ClientRepository clients;

    @Inject
    AuditTrail audit;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * Creates a client unless one like it exists (same email, or same name and date of birth) and the caller has not
     * confirmed that this is a different person: then 409 naming the existing clients, and nothing is stored.
     */
    @Transactional
    public ClientView create(ClientFields fields, boolean confirmedNotDuplicate) {
        checkRules(fields);
        String sortName = NameKey.sortable(fields.givenName().strip(), fields.familyName().strip());
        if (!confirmedNotDuplicate) {
            refuseLikelyDuplicates(fields, sortName);
        }
        ClientEntity client = new ClientEntity();
        client.id = UUID.randomUUID();
        client.status = ClientStatus.ACTIVE;
        apply(fields, client, true);
        client.createdAt = client.updatedAt;
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
        requireVersion(client, expectedVersion);
        refuseIfErased(client, "updated");
        checkRules(fields);
        apply(fields, client, false);
        flushChecked(expectedVersion);
        audit.record(AuditAction.UPDATE, AuditedRecord.CLIENT, client.id, client.id);
        return ClientView.of(client);
    }

    /** ACTIVE → ARCHIVED: kept, listed, but not bookable. Archiving an archived client changes nothing. */
    @Transactional
    public ClientView archive(UUID id, Long expectedVersion) {
        return changeStatus(id, expectedVersion, ClientStatus.ARCHIVED, AuditAction.ARCHIVE);
    }

    /** ARCHIVED → ACTIVE. Restoring an active client changes nothing. */
    @Transactional
    public ClientView restore(UUID id, Long expectedVersion) {
        return changeStatus(id, expectedVersion, ClientStatus.ACTIVE, AuditAction.RESTORE);
    }

    /**
     * Erasure (right to be forgotten) within clinical retention: contact and marketing data are pseudonymised, the
     * date of birth is cut to its year, free-text notes are cleared; screenings, consents and the audit trail stay.
     * Stored idempotent answers that name the client are forgotten. The client can no longer be booked or changed.
     * Erasing an erased client changes nothing.
     */
    @Transactional
    public ClientView erase(UUID id, Long expectedVersion, String reason) {
        ClientEntity client = find(id);
        if (expectedVersion != null) {
            requireVersion(client, expectedVersion);
        }
        if (client.status == ClientStatus.ERASED) {
            return ClientView.of(client);
        }
        Instant now = now();
        client.givenName = "Erased";
        client.familyName = "Client " + client.id.toString().substring(0, 8);
        client.preferredName = null;
        client.dateOfBirth = LocalDate.of(client.dateOfBirth.getYear(), 1, 1);
        client.email = null;
        client.phone = null;
        setAddress(client, null);
        client.preferredContactChannel = null;
        client.marketingEmail = false;
        client.marketingEmailChangedAt = now;
        client.marketingSms = false;
        client.marketingSmsChangedAt = now;
        client.notes = null;
        client.searchName = NameKey.searchable(client.givenName, null, client.familyName);
        client.sortName = NameKey.sortable(client.givenName, client.familyName);
        client.status = ClientStatus.ERASED;
        client.erasedAt = now;
        client.erasedBy = currentUser.subject();
        client.erasureReason = reason.strip();
        client.updatedAt = now;
        flushChecked(client.version);
        idempotency.forgetAnswersContaining(client.id.toString());
        audit.record(AuditAction.ERASE, AuditedRecord.CLIENT, client.id, client.id);
        return ClientView.of(client);
    }

    @Transactional
    public Page<ClientView> search(ClientSearch search, String cursor, int limit) {
        ClientRepository.AfterKey after = cursor == null ? null : afterKey(cursor, search.sort());
        List<ClientEntity> rows = clients.search(search, after, limit + 1);
        Page<ClientView> page = Page.from(rows, limit, ClientView::of, last -> List.of(search.sort().name(),
                search.sort() == ClientSort.updatedAt ? last.updatedAt.toString() : last.sortName,
                last.id.toString()));
        audit.recordAll(AuditAction.LIST, AuditedRecord.CLIENT,
                page.items().stream().map(shown -> new AuditTrail.Subject(shown.id(), shown.id())).toList());
        return page;
    }

    /** The client row, or a 404 problem. For other features of this service, which audit their own reads. */
    public ClientEntity find(UUID id) {
        return clients.findByIdOptional(id).orElseThrow(() -> Problems.notFound("client", id));
    }

    private ClientView changeStatus(UUID id, Long expectedVersion, ClientStatus target, AuditAction action) {
        ClientEntity client = find(id);
        if (expectedVersion != null) {
            requireVersion(client, expectedVersion);
        }
        refuseIfErased(client, action == AuditAction.ARCHIVE ? "archived" : "restored");
        if (client.status == target) {
            return ClientView.of(client);
        }
        long version = client.version;
        client.status = target;
        client.updatedAt = now();
        flushChecked(version);
        audit.record(action, AuditedRecord.CLIENT, client.id, client.id);
        return ClientView.of(client);
    }

    private void refuseLikelyDuplicates(ClientFields fields, String sortName) {
        String email = blankToNull(fields.email());
        lockIdentity(email, sortName, fields.dateOfBirth());
        List<ClientEntity> existing = clients.findLikelyDuplicates(email, sortName, fields.dateOfBirth());
        if (existing.isEmpty()) {
            return;
        }
        List<Map<String, Object>> duplicates = new ArrayList<>();
        for (ClientEntity candidate : existing) {
            List<String> matchedOn = new ArrayList<>();
            if (email != null && email.equalsIgnoreCase(candidate.email)) {
                matchedOn.add("EMAIL");
            }
            if (sortName.equals(candidate.sortName) && fields.dateOfBirth().equals(candidate.dateOfBirth)) {
                matchedOn.add("NAME_AND_DATE_OF_BIRTH");
            }
            Map<String, Object> duplicate = new LinkedHashMap<>();
            duplicate.put("id", candidate.id);
            duplicate.put("matchedOn", matchedOn);
            duplicates.add(duplicate);
        }
        ClientEntity first = existing.get(0);
        throw Problems.of(ProblemType.CONFLICT, "This looks like an existing client: " + first.id
                + (existing.size() > 1 ? " (and " + (existing.size() - 1) + " more)" : "")
                + " has the same " + (duplicates.get(0).get("matchedOn").toString().contains("EMAIL")
                        ? "email" : "name and date of birth")
                + ". Use that client, or repeat the request with confirmDuplicate=true if this is another person.",
                Map.of("duplicates", duplicates));
    }

    /**
     * Serialises creates of the same identity, so that two front desks registering one person at once cannot both
     * pass the duplicate check. Transaction-scoped advisory locks, taken in a fixed order so that two creates that
     * share only one key cannot deadlock.
     */
    private void lockIdentity(String email, String sortName, LocalDate dateOfBirth) {
        Set<String> keys = new TreeSet<>();
        keys.add("client-name:" + sortName + "|" + dateOfBirth);
        if (email != null) {
            keys.add("client-email:" + email.toLowerCase(Locale.ROOT));
        }
        for (String key : keys) {
            entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                    .setParameter(1, key).getSingleResult();
        }
    }

    private void checkRules(ClientFields fields) {
        List<FieldViolation> violations = ClientRules.check(fields, LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
    }

    private static void requireVersion(ClientEntity client, long expectedVersion) {
        if (client.version != expectedVersion) {
            throw EntityTags.stale(client.version);
        }
    }

    private static void refuseIfErased(ClientEntity client, String verb) {
        if (client.status == ClientStatus.ERASED) {
            throw Problems.of(ProblemType.CONFLICT, "Client " + client.id + " was erased and cannot be " + verb + ".");
        }
    }

    private void flushChecked(long expectedVersion) {
        try {
            clients.flush();
        } catch (OptimisticLockException concurrentUpdate) {
            // Another request changed the row between our read and our write.
            throw EntityTags.stale(expectedVersion + 1);
        }
    }

    private ClientRepository.AfterKey afterKey(String cursor, ClientSort sort) {
        List<String> parts = Cursor.decode(cursor, 3);
        if (!parts.get(0).equals(sort.name())) {
            throw Problems.invalid("query", "cursor", "was issued for sort=" + parts.get(0)
                    + "; keep the same sort while paging, or start again without a cursor");
        }
        if (sort == ClientSort.updatedAt) {
            try {
                Instant.parse(parts.get(1));
            } catch (java.time.DateTimeException notOurs) {
                throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
            }
        }
        return new ClientRepository.AfterKey(parts.get(1), Cursor.uuid(parts.get(2)));
    }

    private void apply(ClientFields fields, ClientEntity client, boolean creating) {
        Instant now = now();
        client.givenName = fields.givenName().strip();
        client.familyName = fields.familyName().strip();
        client.preferredName = blankToNull(fields.preferredName());
        client.dateOfBirth = fields.dateOfBirth();
        client.email = blankToNull(fields.email());
        client.phone = blankToNull(fields.phone());
        setAddress(client, fields.postalAddress());
        client.timeZone = fields.timeZone();
        client.preferredContactChannel = fields.preferredContactChannel();
        MarketingChoices marketing = fields.marketingOptIns() == null ? MarketingChoices.NONE : fields.marketingOptIns();
        if (creating || client.marketingEmail != marketing.email()) {
            client.marketingEmail = marketing.email();
            client.marketingEmailChangedAt = now;
        }
        if (creating || client.marketingSms != marketing.sms()) {
            client.marketingSms = marketing.sms();
            client.marketingSmsChangedAt = now;
        }
        client.skinType = fields.skinType();
        client.skinConcerns = fields.skinConcerns() == null ? new String[0]
                : fields.skinConcerns().stream().sorted().map(Enum::name).toArray(String[]::new);
        client.notes = blankToNull(fields.notes());
        client.searchName = NameKey.searchable(client.givenName, client.preferredName, client.familyName);
        client.sortName = NameKey.sortable(client.givenName, client.familyName);
        client.updatedAt = now;
    }

    private static void setAddress(ClientEntity client, PostalAddress address) {
        client.addressLine1 = address == null ? null : address.line1().strip();
        client.addressLine2 = address == null ? null : blankToNull(address.line2());
        client.addressLocality = address == null ? null : address.locality().strip();
        client.addressRegion = address == null ? null : blankToNull(address.region());
        client.addressPostalCode = address == null ? null : blankToNull(address.postalCode());
        client.addressCountry = address == null ? null : address.country();
    }

    private Instant now() {
        return clock.instant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
