package care.needlepoint.clients.client.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The case- and accent-free form of a name that search and sorting use: "Zoë Ødegård-Núñez" becomes
 * "zoe odegard-nunez". Folding happens here rather than in PostgreSQL (unaccent is not immutable, so it cannot back
 * an index), and the same function folds the stored names and the searched fragment.
 */
public final class NameKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters that Unicode decomposition leaves alone but people type without their stroke or ligature. */
    private static final Map<String, String> LETTERS = Map.of(
            "ø", "o", "ł", "l", "æ", "ae", "œ", "oe", "ß", "ss", "đ", "d", "ð", "d", "þ", "th", "ı", "i");

    /** Separates family and given name in the sort key; sorts before every printable character. */
    static final String SORT_SEPARATOR = "\u0001";

    private NameKey() {
    }

    public static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        folded = COMBINING_MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
            folded = folded.replace(letter.getKey(), letter.getValue());
        }
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** Every name a client may be looked up by, in one searchable string. */
    public static String searchable(String givenName, String preferredName, String familyName) {
        return fold(givenName + " " + (preferredName == null ? "" : preferredName + " ") + familyName);
    }

    /** Family name, then given name: the list order people expect from a paper index. */
    public static String sortable(String givenName, String familyName) {
        return fold(familyName) + SORT_SEPARATOR + fold(givenName);
    }
}
