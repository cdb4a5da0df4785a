package care.needlepoint.clients.client.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<ClientEntity, UUID> {

    /** The list order: family name, given name, then id so that equal names still page deterministically. */
    private static final String ORDER = " order by familyName, givenName, id";

    public List<ClientEntity> findFirstPage(String familyName, int limit) {
        String filter = familyName == null ? "" : "where familyName = :familyName";
        Parameters parameters = familyName == null ? new Parameters() : Parameters.with("familyName", familyName);
        return find(filter + ORDER, parameters).page(0, limit).list();
    }

    /** The page after the row with this sort key: a keyset query served by the (family, given, id) index. */
    public List<ClientEntity> findPageAfter(String familyName, String afterFamily, String afterGiven, UUID afterId,
            int limit) {
        Parameters parameters = Parameters.with("afterFamily", afterFamily).and("afterGiven", afterGiven)
                .and("afterId", afterId);
        String filter = "where (familyName, givenName, id) > (:afterFamily, :afterGiven, :afterId)";
        if (familyName != null) {
            filter += " and familyName = :familyName";
            parameters.and("familyName", familyName);
        }
        return find(filter + ORDER, parameters).page(0, limit).list();
    }
}
