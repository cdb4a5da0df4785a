package care.needlepoint.clients.client.domain;

/** How the client prefers to be contacted; each needs the matching contact detail (ClientRules). */
public enum ContactChannel {
    EMAIL,
    SMS,
    PHONE,
    POST
}
