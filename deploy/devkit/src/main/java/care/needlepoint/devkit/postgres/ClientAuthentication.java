package care.needlepoint.devkit.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded cluster is initialised with "trust" for everyone. That would let any service log in as another
 * service's role and make the role isolation meaningless, so only the superuser keeps password-less loopback access
 * (the devkit provisions with it) and every other role must present its password.
 */
final class ClientAuthentication {

    private ClientAuthentication() {
    }

    static void requirePasswordsForServiceRoles(Path dataDirectory, String superuser) {
        String rules = """
                # Written by the Needlepoint devkit on every start; edits are overwritten.
                # TYPE  DATABASE  USER        ADDRESS        METHOD
                local   all       %1$s                     trust
                host    all       %1$s        127.0.0.1/32   trust
                host    all       %1$s        ::1/128        trust
                local   all       all                      scram-sha-256
                host    all       all         127.0.0.1/32   scram-sha-256
                host    all       all         ::1/128        scram-sha-256
                """.formatted(superuser);
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf", e);
        }
    }
}
