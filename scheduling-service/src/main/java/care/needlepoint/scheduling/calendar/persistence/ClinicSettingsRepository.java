package care.needlepoint.scheduling.calendar.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClinicSettingsRepository implements PanacheRepositoryBase<ClinicSettingsEntity, Short> {

    /** The one row; the migration creates it, so it is always there. */
    public ClinicSettingsEntity current() {
        return findById(ClinicSettingsEntity.ID);
    }

    /** The row, locked for an update of the settings and opening hours together. */
    public ClinicSettingsEntity currentForUpdate() {
        return findById(ClinicSettingsEntity.ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
