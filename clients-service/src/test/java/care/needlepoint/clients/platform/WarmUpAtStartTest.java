package care.needlepoint.clients.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.platform.startup.WarmUp;
import care.needlepoint.clients.platform.startup.WarmUpAtStart;
import care.needlepoint.clients.support.Rows;
import io.quarkus.test.junit.QuarkusTest;

/** The reads run before the service takes requests (platform.startup) ran without an error and store nothing. */
@QuarkusTest
class WarmUpAtStartTest {

    @Inject
    WarmUpAtStart warmUpAtStart;

    @Inject
    @Any
    Instance<WarmUp> warmUps;

    @Test
    void everyWarmUpRanWithoutAnErrorAtStart() {
        List<String> all = warmUps.stream().map(warmUp -> warmUp.getClass().getSimpleName().split("_")[0]).toList();
        assertThat(all).isNotEmpty();
        assertThat(warmUpAtStart.completed()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void warmingUpAgainChangesNoRow() {
        Map<String, Long> before = Rows.countAll();
        warmUps.forEach(WarmUp::run);
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
