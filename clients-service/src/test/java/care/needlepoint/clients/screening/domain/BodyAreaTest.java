package care.needlepoint.clients.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.DomainVocabulary;

/** The enum is the body-area list of docs/domain.md, code for code and in its order. */
class BodyAreaTest {

    @Test
    void matchesTheDomainVocabulary() {
        assertThat(Arrays.stream(BodyArea.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(DomainVocabulary.codes("body-area"));
    }
}
