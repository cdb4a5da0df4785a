package care.needlepoint.scheduling.practitioner.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PractitionerRepository implements PanacheRepositoryBase<PractitionerEntity, UUID> {

    /** The list order: display name, then id so that equal names still page deterministically. */
    private static final String ORDER = " order by displayName, id";

    public Optional<PractitionerEntity> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public List<PractitionerEntity> findFirstPage(Boolean active, int limit) {
        String filter = active == null ? "" : "where active = :active";
        Parameters parameters = active == null ? new Parameters() : Parameters.with("active", active);
        return find(filter + ORDER, parameters).page(0, limit).list();
    }

    /** The page after the row with this sort key: a keyset query served by the (display_name, id) index. */
    public List<PractitionerEntity> findPageAfter(Boolean active, String afterDisplayName, UUID afterId, int limit) {
        Parameters parameters = Parameters.with("afterDisplayName", afterDisplayName).and("afterId", afterId);
        String filter = "where (displayName, id) > (:afterDisplayName, :afterId)";
        if (active != null) {
            filter += " and active = :active";
            parameters.and("active", active);
        }
        return find(filter + ORDER, parameters).page(0, limit).list();
    }
}
