package care.needlepoint.clients.audit.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {

    /** A client's trail, newest first, after the entry with id {@code beforeId} (keyset on the trail index). */
    public List<AuditEventEntity> findTrail(UUID clientId, Long beforeId, int limit) {
        if (beforeId == null) {
            return find("clientId = :clientId order by id desc", Parameters.with("clientId", clientId))
                    .page(0, limit).list();
        }
        return find("clientId = :clientId and id < :beforeId order by id desc",
                Parameters.with("clientId", clientId).and("beforeId", beforeId))
                .page(0, limit).list();
    }

    /** The whole trail, oldest first, for the client's export. */
    public List<AuditEventEntity> findAllForClient(UUID clientId) {
        return find("clientId = :clientId order by id", Parameters.with("clientId", clientId)).list();
    }
}
