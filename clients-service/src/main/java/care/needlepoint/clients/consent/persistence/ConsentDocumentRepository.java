package care.needlepoint.clients.consent.persistence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import care.needlepoint.clients.consent.domain.ConsentKind;
import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.CurrentDocument;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ConsentDocumentRepository implements PanacheRepositoryBase<ConsentDocumentEntity, UUID> {

    /** The list order: kind code, then newest version first; (kind, version) is unique, so it is total. */
    private static final String ORDER = " order by d.kind, d.version desc";
    private static final String IS_CURRENT =
            "d.version = (select max(c.version) from ConsentDocumentEntity c where c.kind = d.kind)";

    /**
     * Waits until no other transaction is publishing a document of {@code kind}, and keeps others waiting until this
     * one ends, so that two publications never read the same highest version. Advisory locks are database-wide, so the
     * key is derived from a name that says whose lock it is.
     */
    public void lockPublicationsOf(ConsentKind kind) {
        getEntityManager()
                .createNativeQuery("SELECT true FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "clients.consent_document.publish." + kind.name())
                .getSingleResult();
    }

    /** The highest version of {@code kind}, or 0 when none has been published. */
    public int highestVersion(ConsentKind kind) {
        Integer highest = getEntityManager()
                .createQuery("select max(d.version) from ConsentDocumentEntity d where d.kind = :kind", Integer.class)
                .setParameter("kind", kind)
                .getSingleResult();
        return highest == null ? 0 : highest;
    }

    /** The current (highest) version of every kind that has one. */
    public Map<ConsentKind, CurrentDocument> findCurrentVersions() {
        Map<ConsentKind, CurrentDocument> current = new EnumMap<>(ConsentKind.class);
        getEntityManager()
                .createQuery("select d.kind, d.id, d.version from ConsentDocumentEntity d where " + IS_CURRENT,
                        Object[].class)
                .getResultList()
                .forEach(row -> current.put((ConsentKind) row[0], new CurrentDocument((UUID) row[1], (Integer) row[2])));
        return current;
    }

    /** The first page, optionally only documents of one kind and/or only current (or only superseded) versions. */
    public List<ConsentDocumentEntity> findFirstPage(ConsentKind kind, Boolean current, int limit) {
        Parameters parameters = new Parameters();
        return find(query(filters(kind, current, parameters)), parameters).page(0, limit).list();
    }

    /** The page after the document with this sort key: a keyset query served by the (kind, version desc) index. */
    public List<ConsentDocumentEntity> findPageAfter(ConsentKind kind, Boolean current, ConsentKind afterKind,
            int afterVersion, int limit) {
        Parameters parameters = Parameters.with("afterKind", afterKind).and("afterVersion", afterVersion);
        List<String> conditions = filters(kind, current, parameters);
        conditions.add(0, "(d.kind > :afterKind or (d.kind = :afterKind and d.version < :afterVersion))");
        return find(query(conditions), parameters).page(0, limit).list();
    }

    private static List<String> filters(ConsentKind kind, Boolean current, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        if (kind != null) {
            conditions.add("d.kind = :kind");
            parameters.and("kind", kind);
        }
        if (current != null) {
            conditions.add(current ? IS_CURRENT : "not (" + IS_CURRENT + ")");
        }
        return conditions;
    }

    private static String query(List<String> conditions) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return "from ConsentDocumentEntity d" + where + ORDER;
    }
}
