package care.needlepoint.devkit.postgres;

/**
 * Where one service keeps its data: its own schema in the shared database, reached only through its own role.
 *
 * @param schema   the schema the service owns, also the name of its role
 * @param jdbcUrl  the URL the service connects to
 * @param username the service's role
 * @param password the role's password
 */
public record ServiceDatabase(String schema, String jdbcUrl, String username, String password) {

    @Override
    public String toString() {
        return "ServiceDatabase[schema=" + schema + ", jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
    }
}
