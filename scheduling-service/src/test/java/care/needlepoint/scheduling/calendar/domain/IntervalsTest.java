package care.needlepoint.scheduling.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IntervalsTest {

    private static Interval at(int fromHour, int toHour) {
        return new Interval(Instant.parse("2027-02-01T00:00:00Z").plusSeconds(fromHour * 3600L),
                Instant.parse("2027-02-01T00:00:00Z").plusSeconds(toHour * 3600L));
    }

    @Test
    void touchingAndOverlappingIntervalsMerge() {
        assertThat(Intervals.of(List.of(at(12, 14), at(9, 10), at(10, 11), at(13, 15))).parts())
                .containsExactly(at(9, 11), at(12, 15));
    }

    @Test
    void intersectionSubtractionAndCover() {
        Intervals hours = Intervals.of(List.of(at(9, 13), at(14, 18)));
        assertThat(hours.intersect(Intervals.of(List.of(at(12, 15)))).parts()).containsExactly(at(12, 13), at(14, 15));
        assertThat(hours.subtract(Intervals.of(List.of(at(10, 11), at(12, 16)))).parts())
                .containsExactly(at(9, 10), at(11, 12), at(16, 18));
        assertThat(hours.covers(at(9, 13))).isTrue();
        assertThat(hours.covers(at(12, 15))).isFalse();
        assertThat(hours.overlaps(at(13, 14))).isFalse();
        assertThat(hours.overlaps(at(12, 15))).isTrue();
        assertThat(WorkingCalendar.available(hours, Intervals.of(List.of(at(18, 20))),
                Intervals.of(List.of(at(9, 10)))).parts()).containsExactly(at(10, 13), at(14, 20));
    }

    @Test
    void coverAndOverlapAgreeWithAPartByPartCheckOnManyParts() {
        Random random = new Random(7);
        List<Interval> busy = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int from = random.nextInt(200);
            busy.add(at(from, from + 1 + random.nextInt(4)));
        }
        Intervals set = Intervals.of(busy);
        for (int from = -2; from < 210; from++) {
            for (int length = 1; length < 6; length++) {
                Interval probe = at(from, from + length);
                assertThat(set.overlaps(probe)).as("overlaps %s", probe)
                        .isEqualTo(set.parts().stream().anyMatch(part -> part.overlaps(probe)));
                assertThat(set.covers(probe)).as("covers %s", probe)
                        .isEqualTo(set.parts().stream().anyMatch(part -> part.contains(probe)));
            }
        }
        assertThat(Intervals.empty().overlaps(at(1, 2))).isFalse();
        assertThat(Intervals.empty().covers(at(1, 2))).isFalse();
    }
}
