package care.needlepoint.clients.client.domain;

/** The orders a client list can come in; each is served by an index and pages by keyset. */
public enum ClientSort {
    /** Family name, then given name (case- and accent-free), then id. The default. */
    name,
    /** Last change, oldest first, then id: what an integration syncing with {@code updatedSince} needs. */
    updatedAt
}
