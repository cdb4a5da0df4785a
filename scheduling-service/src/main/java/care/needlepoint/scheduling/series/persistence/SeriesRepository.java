package care.needlepoint.scheduling.series.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SeriesRepository implements PanacheRepositoryBase<SeriesEntity, UUID> {

    /** The series, locked for the rest of the transaction: changes to one series take turns. */
    public Optional<SeriesEntity> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
