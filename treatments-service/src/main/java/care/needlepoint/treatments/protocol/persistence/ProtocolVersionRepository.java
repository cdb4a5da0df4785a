package care.needlepoint.treatments.protocol.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ProtocolVersionRepository implements PanacheRepositoryBase<ProtocolVersionEntity, UUID> {

    /** Current versions only, with their protocol row (for its code and id). */
    private static final String CURRENT = "from ProtocolVersionEntity v join fetch v.protocol p "
            + "where v.version = p.currentVersion";
    /** The catalogue's order: name, then protocol id so that equal names still page deterministically. */
    private static final String CATALOGUE_ORDER = " order by v.name, p.id";

    public Optional<ProtocolVersionEntity> findVersion(UUID protocolId, int version) {
        return find("from ProtocolVersionEntity v join fetch v.protocol p where p.id = ?1 and v.version = ?2",
                protocolId, version).firstResultOptional();
    }

    /** The number of the protocol's current version, from the protocol row alone. */
    public Optional<Integer> findCurrentVersionNumber(UUID protocolId) {
        return getEntityManager()
                .createQuery("select p.currentVersion from ProtocolEntity p where p.id = :id", Integer.class)
                .setParameter("id", protocolId).getResultStream().findFirst();
    }

    public Optional<ProtocolVersionEntity> findCurrent(UUID protocolId) {
        return find(CURRENT + " and p.id = ?1", protocolId).firstResultOptional();
    }

    /** The first page of a protocol's versions, newest first. */
    public List<ProtocolVersionEntity> findNewestVersions(UUID protocolId, int limit) {
        return find("from ProtocolVersionEntity v join fetch v.protocol p where p.id = ?1 order by v.version desc",
                protocolId).page(0, limit).list();
    }

    /** The versions older than {@code beforeVersion}, newest first. */
    public List<ProtocolVersionEntity> findVersionsBefore(UUID protocolId, int beforeVersion, int limit) {
        return find("from ProtocolVersionEntity v join fetch v.protocol p where p.id = ?1 and v.version < ?2 "
                + "order by v.version desc", protocolId, beforeVersion).page(0, limit).list();
    }

    /** The first page of current versions, optionally only those of one setting, indication and/or area. */
    public List<ProtocolVersionEntity> findFirstCataloguePage(TreatmentSetting setting, Indication indication,
            BodyArea area, int limit) {
        Parameters parameters = new Parameters();
        String filter = filters(setting, indication, area, parameters);
        return find(CURRENT + filter + CATALOGUE_ORDER, parameters).page(0, limit).list();
    }

    /** The catalogue page after the row with this sort key: a keyset query along the (name, protocol id) index. */
    public List<ProtocolVersionEntity> findCataloguePageAfter(TreatmentSetting setting, Indication indication,
            BodyArea area, String afterName, UUID afterId, int limit) {
        Parameters parameters = Parameters.with("afterName", afterName).and("afterId", afterId);
        String filter = filters(setting, indication, area, parameters);
        return find(CURRENT + filter + " and (v.name, p.id) > (:afterName, :afterId)" + CATALOGUE_ORDER, parameters)
                .page(0, limit).list();
    }

    private static String filters(TreatmentSetting setting, Indication indication, BodyArea area,
            Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        if (setting != null) {
            conditions.add("v.setting = :setting");
            parameters.and("setting", setting);
        }
        if (indication != null) {
            conditions.add("v.indication = :indication");
            parameters.and("indication", indication);
        }
        if (area != null) {
            conditions.add(":area member of v.treatmentAreas");
            parameters.and("area", area);
        }
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }
}
