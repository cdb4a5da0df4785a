package care.needlepoint.clients.client.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** What a client list is filtered by; a null or empty filter does not filter. All filters must match. */
public record ClientSearch(
        String name,
        String email,
        String phone,
        LocalDate dateOfBirth,
        Set<ClientStatus> statuses,
        Instant updatedSince,
        ClientSort sort) {
}
