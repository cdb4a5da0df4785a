package care.needlepoint.clients.screening.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Every query is served by the index screening_history (client_id, recorded_at DESC, id DESC). */
@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<ScreeningEntity, UUID> {

    /** Newest first; the id orders screenings recorded in the same microsecond. */
    private static final String NEWEST_FIRST = " order by recordedAt desc, id desc";

    public Optional<ScreeningEntity> findLatestForClient(UUID clientId) {
        return find("clientId = :clientId" + NEWEST_FIRST, Parameters.with("clientId", clientId))
                .firstResultOptional();
    }

    public Optional<ScreeningEntity> findForClient(UUID clientId, UUID screeningId) {
        return find("id = :id and clientId = :clientId",
                Parameters.with("id", screeningId).and("clientId", clientId)).firstResultOptional();
    }

    public List<ScreeningEntity> findHistoryFirstPage(UUID clientId, int limit) {
        return find("clientId = :clientId" + NEWEST_FIRST, Parameters.with("clientId", clientId))
                .page(0, limit).list();
    }

    /** The page after the screening with this sort key: a keyset query, as fast on page 100 as on page 1. */
    public List<ScreeningEntity> findHistoryPageAfter(UUID clientId, Instant afterRecordedAt, UUID afterId,
            int limit) {
        return find("clientId = :clientId and (recordedAt, id) < (:afterRecordedAt, :afterId)" + NEWEST_FIRST,
                Parameters.with("clientId", clientId).and("afterRecordedAt", afterRecordedAt)
                        .and("afterId", afterId))
                .page(0, limit).list();
    }

    /** The whole history, oldest first, for a client's export. */
    public List<ScreeningEntity> findAllForClientOldestFirst(UUID clientId) {
        return find("clientId = :clientId order by recordedAt, id", Parameters.with("clientId", clientId)).list();
    }
}
