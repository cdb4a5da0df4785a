package care.needlepoint.scheduling.waitlist.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import care.needlepoint.scheduling.waitlist.domain.WaitListOfferStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class WaitListOfferRepository implements PanacheRepositoryBase<WaitListOfferEntity, UUID> {

    public Optional<WaitListOfferEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The entry an offer was made to, without loading (or locking) the offer. */
    public Optional<UUID> findEntryId(UUID offerId) {
        return getEntityManager().createQuery("select o.entryId from WaitListOfferEntity o where o.id = :id",
                UUID.class).setParameter("id", offerId).getResultStream().findFirst();
    }

    public boolean hasOpenOffer(UUID entryId) {
        return count("entryId = ?1 and status = ?2", entryId, WaitListOfferStatus.OPEN) > 0;
    }

    public Optional<WaitListOfferEntity> findOpenOfEntry(UUID entryId) {
        return find("entryId = ?1 and status = ?2", entryId, WaitListOfferStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Whether the slot has an open offer already (one open offer per freed slot). */
    public boolean slotIsOffered(UUID releasedAppointmentId, Instant startsAt) {
        return count("releasedAppointmentId = ?1 and startsAt = ?2 and status = ?3", releasedAppointmentId, startsAt,
                WaitListOfferStatus.OPEN) > 0;
    }

    /** Every offer made to one entry, oldest first. */
    public List<WaitListOfferEntity> findByEntry(UUID entryId) {
        return list("entryId = ?1 order by createdAt, id", entryId);
    }

    /** A page of offers, oldest first, optionally of one status. */
    public List<WaitListOfferEntity> findPage(WaitListOfferStatus status, Instant afterCreated, UUID afterId,
            int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (afterCreated != null) {
            query.append(" and (createdAt > :afterCreated or (createdAt = :afterCreated and id > :afterId))");
            parameters.and("afterCreated", afterCreated).and("afterId", afterId);
        }
        return find(query + " order by createdAt, id", parameters).page(0, limit).list();
    }

    /**
     * Open offers past their expiry, locked, skipping any that another transaction (another instance's sweep, a lazy
     * read, an acceptance) holds: each lapsed offer is expired and passed on exactly once.
     */
    @SuppressWarnings("unchecked")
    public List<WaitListOfferEntity> lockLapsed(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT o.* FROM wait_list_offer o
                 WHERE o.status = 'OPEN' AND o.expires_at <= :now
                 ORDER BY o.expires_at, o.id
                 LIMIT :limit
                   FOR UPDATE SKIP LOCKED
                """, WaitListOfferEntity.class)
                .setParameter("now", utc(now)).setParameter("limit", limit)
                .getResultList();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
