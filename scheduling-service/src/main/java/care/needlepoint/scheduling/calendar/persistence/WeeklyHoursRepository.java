package care.needlepoint.scheduling.calendar.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import care.needlepoint.scheduling.calendar.domain.OwnerKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class WeeklyHoursRepository implements PanacheRepositoryBase<WeeklyHoursEntity, UUID> {

    public List<WeeklyHoursEntity> findClinicHours() {
        return list("ownerKind = ?1 order by dayOfWeek, starts", OwnerKind.CLINIC);
    }

    public List<WeeklyHoursEntity> findByOwner(OwnerKind kind, UUID ownerId) {
        return list("ownerKind = ?1 and ownerId = ?2 order by dayOfWeek, starts", kind, ownerId);
    }

    public List<WeeklyHoursEntity> findByOwners(OwnerKind kind, Collection<UUID> ownerIds) {
        return list("ownerKind = :kind and ownerId in :owners order by dayOfWeek, starts",
                Parameters.with("kind", kind).and("owners", ownerIds));
    }

    public long deleteClinicHours() {
        return delete("ownerKind", OwnerKind.CLINIC);
    }

    public long deleteByOwner(OwnerKind kind, UUID ownerId) {
        return delete("ownerKind = ?1 and ownerId = ?2", kind, ownerId);
    }
}
