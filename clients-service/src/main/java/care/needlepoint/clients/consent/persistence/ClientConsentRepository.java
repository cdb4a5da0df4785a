package care.needlepoint.clients.consent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ClientConsentRepository implements PanacheRepositoryBase<ClientConsentEntity, UUID> {

    /** Newest first by when the client signed, then when it was recorded, then id: a total order for paging. */
    private static final String NEWEST_FIRST = " order by signedAt desc, recordedAt desc, id desc";

    public Optional<ClientConsentEntity> findForClient(UUID clientId, UUID consentId) {
        return find("id = :id and clientId = :clientId", Parameters.with("id", consentId).and("clientId", clientId))
                .firstResultOptional();
    }

    /** The same, with the row locked until the transaction ends, so that two revocations cannot both pass. */
    public Optional<ClientConsentEntity> findForClientForUpdate(UUID clientId, UUID consentId) {
        return find("id = :id and clientId = :clientId", Parameters.with("id", consentId).and("clientId", clientId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The client's unrevoked consent to this document, if any (at most one exists: V6's partial unique index). */
    public Optional<ClientConsentEntity> findStanding(UUID clientId, UUID documentId) {
        return find("clientId = :clientId and documentId = :documentId and revokedAt is null",
                Parameters.with("clientId", clientId).and("documentId", documentId))
                .firstResultOptional();
    }

    public List<ClientConsentEntity> findFirstPage(UUID clientId, int limit) {
        return find("clientId = :clientId" + NEWEST_FIRST, Parameters.with("clientId", clientId))
                .page(0, limit).list();
    }

    /** The page after the consent with this sort key: a keyset query served by the client_consent_client_newest index. */
    public List<ClientConsentEntity> findPageAfter(UUID clientId, Instant afterSignedAt, Instant afterRecordedAt,
            UUID afterId, int limit) {
        return find("clientId = :clientId and (signedAt, recordedAt, id) < (:signedAt, :recordedAt, :id)"
                + NEWEST_FIRST,
                Parameters.with("clientId", clientId).and("signedAt", afterSignedAt)
                        .and("recordedAt", afterRecordedAt).and("id", afterId))
                .page(0, limit).list();
    }

    /** Every consent of the client, oldest first. */
    public List<ClientConsentEntity> findAllForClient(UUID clientId) {
        return find("clientId = :clientId order by signedAt, recordedAt, id", Parameters.with("clientId", clientId))
                .list();
    }
}
