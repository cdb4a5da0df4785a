package care.needlepoint.clients.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.DomainVocabulary;

/** Consent kinds are a shared vocabulary (scheduling and treatments check the treatment consent by its code). */
class ConsentKindTest {

    @Test
    void consentKindsAreThoseOfDocsDomain() {
        assertThat(Arrays.stream(ConsentKind.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(DomainVocabulary.codes("consent-kind"));
    }
}
