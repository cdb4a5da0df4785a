package care.needlepoint.treatments.protocol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.DomainVocabulary;

/** DeviceType is docs/domain.md's device-type list: same codes, same order. */
class DeviceTypeTest {

    @Test
    void matchesTheSharedVocabulary() {
        assertThat(Arrays.stream(DeviceType.values()).map(Enum::name).toList())
                .isEqualTo(DomainVocabulary.codes("device-type"));
    }
}
