package care.needlepoint.devkit.postgres;

import java.util.List;
import java.util.Map;

/** The schema (and role) of each service, in the order the system starts them. */
public final class NeedlepointSchemas {

    public static final String CLIENTS = "clients";
    public static final String TREATMENTS = "treatments";
    public static final String SCHEDULING = "scheduling";

    public static final List<String> ALL = List.of(CLIENTS, TREATMENTS, SCHEDULING);

    /**
     * The PostgreSQL extensions each schema's migrations declare. Provisioning installs them into the schema with the
     * administrator's rights, which service roles lack (docs/decisions/0008-postgresql-extensions.md).
     */
    public static final Map<String, List<String>> EXTENSIONS = Map.of(
            CLIENTS, List.of("pg_trgm"),
            TREATMENTS, List.of(),
            SCHEDULING, List.of("btree_gist"));

    private NeedlepointSchemas() {
    }
}
