package care.needlepoint.devkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed lists of docs/domain.md, read from the page itself so that each service's enum can be tested against
 * the one definition (services share no code; they share this page). A list sits between
 * {@code <!-- vocabulary:NAME -->} and {@code <!-- /vocabulary:NAME -->}, one table row per code, the code in
 * backticks in the first column.
 */
public final class DomainVocabulary {

    private static final Pattern CODE_CELL = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|");

    private DomainVocabulary() {
    }

    /** The codes of one list, in page order. */
    public static List<String> codes(String name) {
        String page = read(domainPage());
        String start = "<!-- vocabulary:" + name + " -->";
        String end = "<!-- /vocabulary:" + name + " -->";
        int from = page.indexOf(start);
        int to = page.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("docs/domain.md has no vocabulary named " + name);
        }
        List<String> codes = new ArrayList<>();
        for (String line : page.substring(from + start.length(), to).split("\n")) {
            Matcher code = CODE_CELL.matcher(line.strip());
            if (code.find()) {
                codes.add(code.group(1));
            }
        }
        return codes;
    }

    private static Path domainPage() {
        return RepositoryRoot.find().resolve("docs").resolve("domain.md");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
