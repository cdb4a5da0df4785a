package care.needlepoint.clients.client.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.DomainVocabulary;

/** The skin concerns are a shared vocabulary: docs/domain.md defines them, this enum must say the same. */
class VocabularyTest {

    @Test
    void skinConcernsAreThoseOfDocsDomain() {
        assertThat(Arrays.stream(SkinConcern.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(DomainVocabulary.codes("skin-concern"));
    }
}
