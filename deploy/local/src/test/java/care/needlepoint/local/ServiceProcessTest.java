package care.needlepoint.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The JVM options every service is launched with must be ones this JVM accepts, or no service starts at all. */
class ServiceProcessTest {

    @Test
    void theServiceJvmOptionsAreAcceptedByTheJvmThatLaunchesThem() throws Exception {
        List<String> command = ServiceProcess.launch(Path.of("target", "no-such.jar"), Path.of("no-such.properties"))
                .command();
        List<String> jvmOptions = new ArrayList<>(command.subList(0, command.indexOf("-jar")));
        jvmOptions.removeIf(option -> option.startsWith("-Dquarkus.config.locations="));
        assertThat(jvmOptions).contains("-XX:+UseSerialGC", "-Xmx160m");

        List<String> probe = new ArrayList<>(jvmOptions);
        probe.add("-version");
        Process jvm = new ProcessBuilder(probe).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes());
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).as(output).isZero();
    }

    @Test
    void glibcKeepsNoMoreThanTwoMallocArenas() {
        assertThat(ServiceProcess.launch(Path.of("target", "no-such.jar"), Path.of("no-such.properties"))
                .environment()).containsEntry("MALLOC_ARENA_MAX", "2");
    }
}
