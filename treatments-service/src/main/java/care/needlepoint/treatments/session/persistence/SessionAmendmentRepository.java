package care.needlepoint.treatments.session.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionAmendmentRepository implements PanacheRepositoryBase<SessionAmendmentEntity, UUID> {

    /** The session's amendments, oldest first. */
    public List<SessionAmendmentEntity> findOfSession(UUID sessionId) {
        return list("sessionId = ?1 order by sequence", sessionId);
    }
}
