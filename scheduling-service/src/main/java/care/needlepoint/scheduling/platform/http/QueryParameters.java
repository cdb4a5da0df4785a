package care.needlepoint.scheduling.platform.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import care.needlepoint.scheduling.platform.json.FourDigitYears;
import care.needlepoint.scheduling.platform.problem.Problems;

/**
 * Typed query parameters read from their text. JAX-RS would answer a value it cannot convert with 404 ("no such
 * resource"), which misleads; these answer with a 400 naming the parameter and what it accepts. An absent or blank
 * parameter is null: no filter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Boolean booleanValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Problems.invalid("query", name, "must be true or false");
        };
    }

    /** A calendar date such as {@code 1988-04-17}. */
    public static LocalDate dateValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(FourDigitYears.required(value.trim()));
        } catch (DateTimeParseException e) {
            throw Problems.invalid("query", name, "must be a date such as 2026-11-21");
        }
    }

    /**
     * An RFC 3339 date-time with an offset, such as {@code 2026-11-21T09:30:00Z} or {@code 2026-11-21T10:30:00+01:00}.
     * A local time without an offset is refused: it names no instant. Remember to percent-encode {@code +} in URLs.
     */
    public static Instant instantValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(FourDigitYears.required(value.trim())).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.invalid("query", name,
                    "must be an RFC 3339 date-time with an offset, such as 2026-11-21T09:30:00Z");
        }
    }
}
