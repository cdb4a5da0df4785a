package care.needlepoint.scheduling.feed.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void localTimesAreWrittenInTheZoneAndTheRepeatedHourInUtc() {
        assertThat(ICalendar.dateTime(Instant.parse("2026-10-25T00:30:00Z"), LONDON))
                .isEqualTo(";TZID=Europe/London:20261025T013000");
        assertThat(ICalendar.dateTime(Instant.parse("2026-10-25T01:30:00Z"), LONDON)).isEqualTo(":20261025T013000Z");
        assertThat(ICalendar.dateTime(Instant.parse("2026-07-01T09:00:00Z"), LONDON))
                .isEqualTo(";TZID=Europe/London:20260701T100000");
    }

    @Test
    void theTimezoneListsEachTransitionWithItsOffsets() {
        String ics = ICalendar.write("Calendar", LONDON, List.of(), Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(ics).contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\n"
                + "TZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\n")
                .contains("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\n"
                        + "TZOFFSETTO:+0000\r\nEND:STANDARD\r\n");
        String tokyo = ICalendar.write("Calendar", ZoneId.of("Asia/Tokyo"), List.of(), Instant.EPOCH,
                Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(tokyo).contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\n");
        assertThat(ICalendar.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
    }

    @Test
    void textIsEscapedAndLongLinesFoldedAt75Octets() {
        String summary = "Ärztliche Beratung, Teil 1; " + "x".repeat(80);
        String ics = ICalendar.write("Calendar", LONDON, List.of(new ICalendar.Event(UUID.randomUUID(), 2,
                Instant.parse("2026-07-01T09:00:00Z"), Instant.parse("2026-07-01T09:30:00Z"), summary, "a\nb",
                false)), Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-08-01T00:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Ärztliche Beratung\\, Teil 1\\; xxx")
                .contains("DESCRIPTION:a\\nb\r\n").contains("SEQUENCE:2\r\n");
    }
}
