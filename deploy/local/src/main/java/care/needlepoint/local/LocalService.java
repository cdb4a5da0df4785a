package care.needlepoint.local;

import java.nio.file.Path;
import java.util.List;

/** The three services as the local system runs them. */
enum LocalService {
    CLIENTS("clients-service", "clients", 1),
    TREATMENTS("treatments-service", "treatments", 2),
    SCHEDULING("scheduling-service", "scheduling", 3);

    /** The services each one calls: their URLs go into its settings as REST client URLs. */
    List<LocalService> calls() {
        return switch (this) {
            case CLIENTS -> List.of();
            case TREATMENTS -> List.of(CLIENTS);
            case SCHEDULING -> List.of(CLIENTS, TREATMENTS);
        };
    }

    private final String module;
    private final String schema;
    private final int portOffset;

    LocalService(String module, String schema, int portOffset) {
        this.module = module;
        this.schema = schema;
        this.portOffset = portOffset;
    }

    String module() {
        return module;
    }

    /** The service's schema, also its database role and the short name used on the command line. */
    String schema() {
        return schema;
    }

    int port(int basePort) {
        return basePort + portOffset;
    }

    Path packagedJar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static LocalService named(String name) {
        for (LocalService service : values()) {
            if (service.schema.equals(name) || service.module.equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No service called " + name + "; use clients, treatments or scheduling");
    }
}
