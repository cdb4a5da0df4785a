package care.needlepoint.treatments.protocol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.DomainVocabulary;

/** BodyArea is docs/domain.md's body-area list, which clients-service speaks too: same codes, same order. */
class BodyAreaTest {

    @Test
    void matchesTheSharedVocabulary() {
        assertThat(Arrays.stream(BodyArea.values()).map(Enum::name).toList())
                .isEqualTo(DomainVocabulary.codes("body-area"));
    }
}
