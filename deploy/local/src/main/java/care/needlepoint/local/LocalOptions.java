package care.needlepoint.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the start and token commands were asked to do, with the defaults documented in the README. */
record LocalOptions(
        Path root,
        Path dataDirectory,
        boolean reset,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int postgresPort,
        int basePort,
        Set<LocalService> without,
        boolean demoData,
        Duration timeout,
        List<String> arguments) {

    static final int DEFAULT_POSTGRES_PORT = 54320;
    static final int DEFAULT_BASE_PORT = 8080;
    static final String ISSUER = "https://local.needlepoint.care";

    static final String USAGE = """
            deploy/local/start [options]     start PostgreSQL and the three services; Ctrl-C stops everything
              --reset                        delete the local database first (keys and logs stay)
              --db-url JDBC_URL              use this PostgreSQL instead of the embedded one; with
              --db-user USER --db-password P an administrator who may create roles and schemas there
              --postgres-port N              port of the embedded PostgreSQL (default 54320)
              --base-port N                  services listen on N+1, N+2, N+3 (default 8080)
              --without SERVICE              do not start clients, treatments or scheduling (repeatable),
                                             e.g. to run it with ./mvnw -pl SERVICE-service quarkus:dev
              --no-demo-data                 do not load the demo data
              --timeout SECONDS              how long to wait for all services to be healthy (default 90)
              --data-dir DIR                 where the database, keys and logs live (default deploy/local/.data)
              --build                        rebuild the jars first (handled by the script)

            deploy/local/token ROLE [SUBJECT]  print a bearer token the local system accepts
              ROLE is front-desk, practitioner, admin or integration; SUBJECT defaults to local-ROLE
            """;

    static LocalOptions parse(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Path dataDirectory = null;
        boolean reset = false;
        String databaseUrl = env("NEEDLEPOINT_DB_URL");
        String databaseUser = env("NEEDLEPOINT_DB_USER");
        String databasePassword = env("NEEDLEPOINT_DB_PASSWORD");
        int postgresPort = DEFAULT_POSTGRES_PORT;
        int basePort = DEFAULT_BASE_PORT;
        Set<LocalService> without = EnumSet.noneOf(LocalService.class);
        boolean demoData = true;
        Duration timeout = Duration.ofSeconds(90);
        List<String> arguments = new ArrayList<>();

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--root" -> root = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                case "--reset" -> reset = true;
                case "--db-url" -> databaseUrl = value(args, ++i, arg);
                case "--db-user" -> databaseUser = value(args, ++i, arg);
                case "--db-password" -> databasePassword = value(args, ++i, arg);
                case "--postgres-port" -> postgresPort = number(value(args, ++i, arg), arg);
                case "--base-port" -> basePort = number(value(args, ++i, arg), arg);
                case "--without" -> without.add(LocalService.named(value(args, ++i, arg)));
                case "--no-demo-data" -> demoData = false;
                case "--timeout" -> timeout = Duration.ofSeconds(number(value(args, ++i, arg), arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + arg);
                    }
                    arguments.add(arg);
                }
            }
        }
        if (dataDirectory == null) {
            dataDirectory = root.resolve("deploy/local/.data");
        }
        return new LocalOptions(root, dataDirectory, reset, databaseUrl, databaseUser, databasePassword, postgresPort,
                basePort, without, demoData, timeout, arguments);
    }

    Path keysDirectory() {
        return dataDirectory.resolve("keys");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
