package care.needlepoint.clients.client.domain;

/** Archived clients are kept but cannot be booked; erased ones are pseudonymised (see issue on erasure). */
public enum ClientStatus {
    ACTIVE,
    ARCHIVED,
    ERASED
}
