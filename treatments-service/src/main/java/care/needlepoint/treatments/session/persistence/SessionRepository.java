package care.needlepoint.treatments.session.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<SessionEntity, UUID> {

    public Optional<SessionEntity> findInCourse(UUID courseId, UUID sessionId) {
        return find("courseId = ?1 and id = ?2", courseId, sessionId).firstResultOptional();
    }

    /** The course's latest session, if any. */
    public Optional<SessionEntity> findLatestOfCourse(UUID courseId) {
        return find("courseId = ?1 order by sequence desc", courseId).firstResultOptional();
    }

    /** Every session of the course in order: the depth history. */
    public List<SessionEntity> findAllOfCourse(UUID courseId) {
        return list("courseId = ?1 order by sequence", courseId);
    }

    /** One page of the course's sessions in order, after {@code afterSequence} (0 for the first page). */
    public List<SessionEntity> findPageOfCourse(UUID courseId, int afterSequence, int limit) {
        return find("courseId = ?1 and sequence > ?2 order by sequence", courseId, afterSequence).page(0, limit)
                .list();
    }
}
