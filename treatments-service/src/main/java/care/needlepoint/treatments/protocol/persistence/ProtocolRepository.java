package care.needlepoint.treatments.protocol.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ProtocolRepository implements PanacheRepositoryBase<ProtocolEntity, UUID> {

    /** The list order: name, then id so that equal names still page deterministically. */
    private static final String ORDER = " order by name, id";

    public Optional<ProtocolEntity> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The first page of protocols, optionally only those of one setting and/or indication. */
    public List<ProtocolEntity> findFirstPage(TreatmentSetting setting, Indication indication, int limit) {
        Parameters parameters = new Parameters();
        String filter = where(filters(setting, indication, parameters));
        return find(filter + ORDER, parameters).page(0, limit).list();
    }

    /** The page after the row with this sort key: a keyset query served by the (name, id) index. */
    public List<ProtocolEntity> findPageAfter(TreatmentSetting setting, Indication indication, String afterName,
            UUID afterId, int limit) {
        Parameters parameters = Parameters.with("afterName", afterName).and("afterId", afterId);
        List<String> conditions = filters(setting, indication, parameters);
        conditions.add(0, "(name, id) > (:afterName, :afterId)");
        return find(where(conditions) + ORDER, parameters).page(0, limit).list();
    }

    private static List<String> filters(TreatmentSetting setting, Indication indication, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        if (setting != null) {
            conditions.add("setting = :setting");
            parameters.and("setting", setting);
        }
        if (indication != null) {
            conditions.add("indication = :indication");
            parameters.and("indication", indication);
        }
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }
}
