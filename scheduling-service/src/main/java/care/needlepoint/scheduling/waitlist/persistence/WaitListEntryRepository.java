package care.needlepoint.scheduling.waitlist.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import care.needlepoint.scheduling.waitlist.domain.WaitListEntryStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class WaitListEntryRepository implements PanacheRepositoryBase<WaitListEntryEntity, UUID> {

    public Optional<WaitListEntryEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A page of entries in queue order (createdAt, id), optionally of one status as read on {@code today} (EXPIRED and
     * ACTIVE are both stored as ACTIVE and told apart by the latest date) and of one client.
     */
    public List<WaitListEntryEntity> findPage(WaitListEntryStatus status, UUID clientId, LocalDate today,
            Instant afterCreated, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status == WaitListEntryStatus.EXPIRED) {
            query.append(" and status = :stored and latestDate < :today");
            parameters.and("stored", WaitListEntryStatus.ACTIVE).and("today", today);
        } else if (status == WaitListEntryStatus.ACTIVE) {
            query.append(" and status = :stored and latestDate >= :today");
            parameters.and("stored", WaitListEntryStatus.ACTIVE).and("today", today);
        } else if (status != null) {
            query.append(" and status = :stored");
            parameters.and("stored", status);
        }
        if (clientId != null) {
            query.append(" and clientId = :client");
            parameters.and("client", clientId);
        }
        if (afterCreated != null) {
            query.append(" and (createdAt > :afterCreated or (createdAt = :afterCreated and id > :afterId))");
            parameters.and("afterCreated", afterCreated).and("afterId", afterId);
        }
        return find(query + " order by createdAt, id", parameters).page(0, limit).list();
    }

    /**
     * Active entries, in queue order, whose window holds {@code date} and whose practitioner (if any) is the slot's,
     * that were not yet offered this slot; locked, skipping entries another transaction is offering something to right
     * now. Skipping rather than waiting is what keeps two cancellations from ever offering one entry two slots, and
     * keeps a cancellation from waiting on the wait list.
     */
    @SuppressWarnings("unchecked")
    public List<WaitListEntryEntity> lockCandidates(LocalDate date, UUID practitionerId, UUID releasedAppointmentId,
            Instant startsAt, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT e.* FROM wait_list_entry e
                 WHERE e.status = 'ACTIVE' AND e.earliest_date <= :date AND e.latest_date >= :date
                   AND (e.practitioner_id IS NULL OR e.practitioner_id = :practitioner)
                   AND NOT EXISTS (SELECT 1 FROM wait_list_offer o
                                    WHERE o.entry_id = e.id AND o.released_appointment_id = :released
                                      AND o.starts_at = :startsAt)
                 ORDER BY e.created_at, e.id
                 LIMIT :limit
                   FOR UPDATE SKIP LOCKED
                """, WaitListEntryEntity.class)
                .setParameter("date", date).setParameter("practitioner", practitionerId)
                .setParameter("released", releasedAppointmentId)
                .setParameter("startsAt", WaitListOfferRepository.utc(startsAt))
                .setParameter("limit", limit)
                .getResultList();
    }
}
