package care.needlepoint.clients.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.screening.api.ScreeningAnswers;
import care.needlepoint.devkit.testing.DomainVocabulary;

/** The enum is the screening-item list of docs/domain.md, and the request record answers exactly those items. */
class ScreeningItemTest {

    @Test
    void matchesTheDomainVocabulary() {
        assertThat(Arrays.stream(ScreeningItem.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(DomainVocabulary.codes("screening-item"));
    }

    @Test
    void everyItemIsAFieldOfTheAnswersInTheSameOrderAndNothingElseIsButNotes() {
        List<String> fields = Arrays.stream(ScreeningAnswers.class.getRecordComponents())
                .map(component -> component.getName()).toList();
        assertThat(fields).last().isEqualTo("notes");
        assertThat(fields.subList(0, fields.size() - 1))
                .containsExactlyElementsOf(Arrays.stream(ScreeningItem.values()).map(ScreeningItem::jsonField).toList());
    }
}
