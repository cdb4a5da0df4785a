package care.needlepoint.scheduling.feed.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeedEntity, UUID> {

    /** The unrevoked feed whose secret has this hash: a lookup served by the unique index. */
    public Optional<CalendarFeedEntity> findLiveBySecretHash(String sha256) {
        return find("secretSha256 = ?1 and revokedAt is null", sha256).firstResultOptional();
    }

    public List<CalendarFeedEntity> findByPractitioner(UUID practitionerId) {
        return list("practitionerId = ?1 order by createdAt, id", practitionerId);
    }
}
