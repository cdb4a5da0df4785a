package care.needlepoint.treatments.protocol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.DomainVocabulary;
import care.needlepoint.treatments.eligibility.domain.DatedHistory;
import care.needlepoint.treatments.eligibility.domain.InflammatorySkinCondition;
import care.needlepoint.treatments.eligibility.domain.ScreeningAnswers;
import care.needlepoint.treatments.eligibility.domain.SiteCondition;

/**
 * ScreeningItem is docs/domain.md's screening-item list: same codes in the same order, and each item's JSON field and
 * shape are those of the answer record that clients-service's screening is read into.
 */
class ScreeningItemTest {

    @Test
    void matchesTheSharedVocabulary() {
        assertThat(Arrays.stream(ScreeningItem.values()).map(Enum::name).toList())
                .isEqualTo(DomainVocabulary.codes("screening-item"));
    }

    @Test
    void eachItemIsAFieldOfTheAnswersWithTheTypeOfItsShape() {
        Map<String, Class<?>> fields = Arrays.stream(ScreeningAnswers.class.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
        assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ScreeningItem.values()).map(ScreeningItem::jsonField).toList());
        Map<ScreeningItem.Shape, Function<ScreeningItem, Boolean>> fits = Map.of(
                ScreeningItem.Shape.YES_NO, item -> fields.get(item.jsonField()) == Boolean.class,
                ScreeningItem.Shape.SITE_CONDITION, item -> fields.get(item.jsonField()) == SiteCondition.class
                        || fields.get(item.jsonField()) == InflammatorySkinCondition.class,
                ScreeningItem.Shape.DATED_HISTORY, item -> fields.get(item.jsonField()) == DatedHistory.class);
        for (ScreeningItem item : ScreeningItem.values()) {
            assertThat(fits.get(item.shape()).apply(item)).as("%s is a %s", item, item.shape()).isTrue();
        }
    }

    @Test
    void theAnswersRecordFindsEachItemsAnswerByItsShape() {
        ScreeningAnswers none = new ScreeningAnswers(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        for (ScreeningItem item : ScreeningItem.values()) {
            // Each accessor knows exactly the items of its shape; asking for another shape is a programming error.
            switch (item.shape()) {
                case YES_NO -> assertThat(none.yesNo(item)).isNull();
                case SITE_CONDITION -> assertThat(none.siteCondition(item)).isNull();
                case DATED_HISTORY -> assertThat(none.datedHistory(item)).isNull();
            }
        }
    }
}
