package care.needlepoint.clients.platform.json;

import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * RFC 3339 writes a year with exactly four digits (0001 to 9999 here). java.time also reads years with a sign and up
 * to nine digits ("+999999999-01-01"), which PostgreSQL cannot store or compare; without this check such a date got as
 * far as the database and came back as a 500. Request bodies (StrictJson) and query parameters (QueryParameters)
 * both refuse it as a malformed date, with the message of their usual date problem.
 */
public final class FourDigitYears {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?!0000)[0-9]{4}-.*", Pattern.DOTALL);

    private FourDigitYears() {
    }

    /** The text itself when its year has four digits and is not 0000; otherwise a parse error. */
    public static String required(String text) {
        if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
            throw new DateTimeParseException("A year must have four digits, 0001 to 9999", text, 0);
        }
        return text;
    }

    public static boolean valid(String text) {
        return FOUR_DIGIT_YEAR.matcher(text).matches();
    }
}
