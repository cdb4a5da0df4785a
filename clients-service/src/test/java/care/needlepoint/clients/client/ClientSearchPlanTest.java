package care.needlepoint.clients.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The common client searches stay index lookups at 100,000 clients: PostgreSQL's planner, given the statistics of a
 * table that size, picks the index each search was built for and never scans the table. The queries have the shape
 * ClientRepository issues (filter, order, keyset limit). The rows are inserted and analysed in one transaction that
 * is rolled back, so no other test sees them. Timings are measured by the benchmarks, not here.
 */
@QuarkusTest
class ClientSearchPlanTest {

    private static final String SELECT = "SELECT * FROM clients.client WHERE ";

    @Test
    void commonSearchesUseTheirIndexesAt100kClients() throws SQLException {
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put(SELECT + "search_name LIKE '%k7f3q%' ORDER BY sort_name, id LIMIT 51", "client_name_search");
        searches.put(SELECT + "search_name LIKE '%k7f3q%' AND search_name LIKE '%x2%' "
                + "ORDER BY sort_name, id LIMIT 51", "client_name_search");
        searches.put(SELECT + "lower(email) = 'c4711@example.com' ORDER BY sort_name, id LIMIT 51", "client_email");
        searches.put(SELECT + "phone = '+447700004711' ORDER BY sort_name, id LIMIT 51", "client_phone");
        searches.put(SELECT + "date_of_birth = DATE '1970-05-05' ORDER BY sort_name, id LIMIT 51",
                "client_date_of_birth");
        searches.put(SELECT + "updated_at >= now() - interval '1 hour' ORDER BY updated_at, id LIMIT 51",
                "client_updated");
        searches.put(SELECT + "(sort_name, id) > ('m', '00000000-0000-0000-0000-000000000000') "
                + "ORDER BY sort_name, id LIMIT 51", "client_name_order");

        try (Connection connection = TestDatabase.adminConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.execute("""
                        INSERT INTO clients.client (id, given_name, family_name, date_of_birth, email, phone,
                                time_zone, status, created_at, updated_at, version, search_name, sort_name)
                        SELECT gen_random_uuid(), g, f, DATE '1940-01-01' + (i % 25000), 'c' || i || '@example.com',
                               '+4477' || lpad(i::text, 8, '0'), 'Europe/London', 'ACTIVE',
                               now() - i * interval '1 minute', now() - i * interval '1 minute', 0,
                               lower(g || ' ' || f), lower(f) || chr(1) || lower(g)
                          FROM generate_series(1, 100000) AS i,
                               LATERAL (SELECT substr(md5(i::text), 1, 7) AS g,
                                               substr(md5((i * 7919)::text), 1, 9) AS f) AS names""");
                sql.execute("ANALYZE clients.client");
                for (Map.Entry<String, String> search : searches.entrySet()) {
                    String plan = plan(sql, search.getKey());
                    assertThat(plan).as(search.getKey()).contains(search.getValue())
                            .doesNotContain("Seq Scan on client");
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static String plan(Statement sql, String query) throws SQLException {
        StringJoiner plan = new StringJoiner("\n");
        try (ResultSet lines = sql.executeQuery("EXPLAIN " + query)) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        return plan.toString();
    }
}
