package care.needlepoint.local;

import java.time.Duration;
import java.util.List;

import care.needlepoint.devkit.jwt.SigningKeys;
import care.needlepoint.devkit.jwt.TokenMinter;

/** Entry point of deploy/local/start and deploy/local/token. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // PostgreSQL's own output goes to .data/logs/postgres.log; the library's chatter about it helps nobody here.
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "off");
        // The scripts put the command and --root first, so --help may come anywhere.
        if (args.length == 0 || java.util.Arrays.asList(args).contains("--help")
                || java.util.Arrays.asList(args).contains("-h")) {
            System.out.print(LocalOptions.USAGE);
            return;
        }
        String command = args[0];
        LocalOptions options;
        try {
            options = LocalOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage() + "\n\n" + LocalOptions.USAGE);
            return;
        }
        switch (command) {
            case "start" -> start(options);
            case "token" -> token(options);
            default -> fail("Unknown command " + command + "\n\n" + LocalOptions.USAGE);
        }
    }

    private static void start(LocalOptions options) {
        LocalSystem system;
        try {
            system = LocalSystem.start(options, System.out);
        } catch (RuntimeException e) {
            fail("Needlepoint did not start: " + e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Needlepoint ...");
            system.close();
            System.out.println("Stopped.");
        }, "needlepoint-stop"));
        system.awaitTermination();
    }

    private static void token(LocalOptions options) {
        List<String> arguments = options.arguments();
        if (arguments.isEmpty() || arguments.size() > 2 || !TokenMinter.ROLES.contains(arguments.get(0))) {
            fail("Usage: deploy/local/token ROLE [SUBJECT] with ROLE one of " + TokenMinter.ROLES);
            return;
        }
        String role = arguments.get(0);
        String subject = arguments.size() == 2 ? arguments.get(1) : "local-" + role;
        SigningKeys keys = SigningKeys.loadOrCreate(options.keysDirectory());
        TokenMinter minter = new TokenMinter(keys, LocalOptions.ISSUER);
        System.out.println(minter.issue(subject, List.of(role), Duration.ofHours(12)));
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
