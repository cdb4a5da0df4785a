package care.needlepoint.scheduling.support;

import java.util.Map;

import care.needlepoint.devkit.testing.TestDatabase;

/** Row counts of every table in the service's schema, to prove that a refused request changed nothing. */
public final class Rows {

    private Rows() {
    }

    public static Map<String, Long> countAll() {
        return TestDatabase.rowCounts("scheduling");
    }
}
