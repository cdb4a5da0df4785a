package care.needlepoint.scheduling.room.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<RoomEntity, UUID> {

    /** The list order: name, then id (names are unique, the id keeps the order total all the same). */
    private static final String ORDER = " order by name, id";

    /** The room with this name in any mix of upper and lower case: a lookup served by the lower(name) index. */
    public Optional<RoomEntity> findByNameIgnoringCase(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }

    public List<RoomEntity> findFirstPage(Boolean active, int limit) {
        String filter = active == null ? "" : "where active = :active";
        Parameters parameters = active == null ? new Parameters() : Parameters.with("active", active);
        return find(filter + ORDER, parameters).page(0, limit).list();
    }

    /** The page after the row with this sort key: a keyset query served by the (name, id) index. */
    public List<RoomEntity> findPageAfter(Boolean active, String afterName, UUID afterId, int limit) {
        Parameters parameters = Parameters.with("afterName", afterName).and("afterId", afterId);
        String filter = "where (name, id) > (:afterName, :afterId)";
        if (active != null) {
            filter += " and active = :active";
            parameters.and("active", active);
        }
        return find(filter + ORDER, parameters).page(0, limit).list();
    }
}
