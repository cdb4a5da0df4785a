package care.needlepoint.devkit.postgres;

import java.util.List;

/** The schema (and role) of each service, in the order the system starts them. */
public final class NeedlepointSchemas {

    public static final String CLIENTS = "clients";
    public static final String TREATMENTS = "treatments";
    public static final String SCHEDULING = "scheduling";

    public static final List<String> ALL = List.of(CLIENTS, TREATMENTS, SCHEDULING);

    private NeedlepointSchemas() {
    }
}
