package care.needlepoint.devkit.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root, found from a test's working directory (a module directory) by its docs/domain.md. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs").resolve("domain.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No Needlepoint checkout (docs/domain.md) above " + Path.of("").toAbsolutePath());
    }
}
