package care.needlepoint.clients.audit.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import care.needlepoint.clients.platform.security.Roles;
import io.vertx.core.http.HttpServerRequest;

/**
 * Writes the audit trail: who (token subject and roles, and for a service the person it acts for), what, when,
 * which record. Entries are written in the caller's transaction, so a read or write that fails leaves no entry
 * and an entry never exists without what it describes.
 */
@ApplicationScoped
public class AuditTrail {

    /** Sent by a Needlepoint service to name the person it acts for (docs/decisions/0007-service-credentials.md). */
    public static final String ON_BEHALF_OF_HEADER = "Needlepoint-On-Behalf-Of";

    @Inject
    EntityManager entityManager;

    @Inject
    JsonWebToken token;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, AuditedRecord type, UUID recordId, UUID clientId) {
        recordAll(action, type, List.of(new Subject(recordId, clientId)));
    }

    /** One entry per record, in one statement: a page of search results is 50 entries, not 50 round trips. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(AuditAction action, AuditedRecord type, Collection<Subject> records) {
        if (records.isEmpty()) {
            return;
        }
        UUID[] recordIds = records.stream().map(Subject::recordId).toArray(UUID[]::new);
        UUID[] clientIds = records.stream().map(Subject::clientId).toArray(UUID[]::new);
        entityManager.createNativeQuery("""
                INSERT INTO audit_event (occurred_at, actor, actor_roles, on_behalf_of, action, record_type,
                                         record_id, client_id)
                SELECT ?1, ?2, ?3, ?4, ?5, ?6, r.record_id, r.client_id
                  FROM unnest(CAST(?7 AS uuid[]), CAST(?8 AS uuid[])) AS r (record_id, client_id)""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, token.getSubject())
                .setParameter(3, String.join(",", new TreeSet<>(token.getGroups())))
                .setParameter(4, onBehalfOf())
                .setParameter(5, action.name())
                .setParameter(6, type.name())
                .setParameter(7, recordIds)
                .setParameter(8, clientIds)
                .executeUpdate();
    }

    private String onBehalfOf() {
        if (!token.getGroups().contains(Roles.SERVICE)) {
            return null;
        }
        String person = request.getHeader(ON_BEHALF_OF_HEADER);
        if (person == null || person.isBlank()) {
            return null;
        }
        return person.length() > 255 ? person.substring(0, 255) : person;
    }

    /** An audited record and the client it belongs to (the same id when the record is the client). */
    public record Subject(UUID recordId, UUID clientId) {
    }
}
