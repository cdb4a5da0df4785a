package care.needlepoint.scheduling.feed.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes an RFC 5545 calendar with a VTIMEZONE for the clinic's zone, so that calendar apps place every event at the
 * right local time on both sides of a daylight-saving change. Written by hand (about a hundred lines) rather than
 * with a library: no iCalendar library is in the build's offline repository, and the subset needed (VTIMEZONE from
 * java.time's transitions, VEVENT, escaping, line folding) is small and fully tested.
 */
public final class ICalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    /** One event: the practitioner's busy time, with what the calendar shows. */
    public record Event(UUID id, long sequence, Instant start, Instant end, String summary, String description,
            boolean cancelled) {
    }

    private ICalendar() {
    }

    /**
     * The calendar for events between {@code from} and {@code to}; the VTIMEZONE lists every transition of the zone
     * from a year before {@code from} to a year after {@code to} (explicit observances, no RRULE to misread).
     */
    public static String write(String name, ZoneId zone, List<Event> events, Instant now, Instant from, Instant to) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Needlepoint//scheduling-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:" + zone.getId());
        timezone(ics, zone, from.minusSeconds(366L * 86400), to.plusSeconds(366L * 86400));
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.id() + "@needlepoint.care");
            line(ics, "SEQUENCE:" + event.sequence());
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART" + dateTime(event.start(), zone));
            line(ics, "DTEND" + dateTime(event.end(), zone));
            line(ics, "SUMMARY:" + text(event.summary()));
            if (event.description() != null) {
                line(ics, "DESCRIPTION:" + text(event.description()));
            }
            line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * ";TZID=zone:local" for an instant, or ":utcZ" when its local time is the second occurrence of an ambiguous one
     * (RFC 5545 reads an ambiguous local time as its first occurrence, so the second can only be given in UTC).
     */
    static String dateTime(Instant instant, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() > 1 && !offsets.get(0).equals(rules.getOffset(instant))) {
            return ":" + UTC.format(instant);
        }
        return ";TZID=" + zone.getId() + ":" + LOCAL.format(local);
    }

    private static void timezone(StringBuilder ics, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(to)) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + zone.getId());
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            line(ics, "BEGIN:STANDARD");
            line(ics, "DTSTART:19700101T000000");
            line(ics, "TZOFFSETFROM:" + offset(offset));
            line(ics, "TZOFFSETTO:" + offset(offset));
            line(ics, "END:STANDARD");
        }
        for (ZoneOffsetTransition transition : transitions) {
            String kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
            line(ics, "BEGIN:" + kind);
            // DTSTART of an observance is the local time at which it begins, read in the offset before it.
            line(ics, "DTSTART:" + LOCAL.format(transition.getDateTimeBefore()));
            line(ics, "TZOFFSETFROM:" + offset(transition.getOffsetBefore()));
            line(ics, "TZOFFSETTO:" + offset(transition.getOffsetAfter()));
            line(ics, "END:" + kind);
        }
        line(ics, "END:VTIMEZONE");
    }

    static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String value = String.format("%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
        return abs % 60 == 0 ? value : value + String.format("%02d", abs % 60);
    }

    /** TEXT escaping of RFC 5545 section 3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Content lines are folded at 75 octets (section 3.1), never inside a UTF-8 character. */
    static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append(CRLF);
            return;
        }
        int octets = 0;
        int limit = 75;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append(CRLF).append(' ');
                octets = 1;
                limit = 75;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(folded).append(CRLF);
    }
}
