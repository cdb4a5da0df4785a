package care.needlepoint.scheduling.series.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SeriesChangeRepository implements PanacheRepositoryBase<SeriesChangeEntity, UUID> {

    /** Oldest first. */
    public List<SeriesChangeEntity> findBySeries(UUID seriesId) {
        return list("seriesId = ?1 order by changedAt, id", seriesId);
    }
}
