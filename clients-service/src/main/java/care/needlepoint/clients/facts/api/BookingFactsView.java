package care.needlepoint.clients.facts.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.consent.api.ConsentView;
import care.needlepoint.clients.screening.api.ScreeningView;

/**
 * Everything another service needs from this one before booking or treating a client, in one read (the contract is
 * described in the clients-service README, "Booking facts"). The service stores facts; the caller decides.
 */
@Schema(name = "BookingFacts", description = "What scheduling- and treatments-service need to know about a client "
        + "before booking or treating: whether they may be booked, their time zone, their latest screening with its "
        + "answers, and their valid consents. Clients-service judges nothing: the caller applies its own rules.")
public record BookingFactsView(
        @Schema(description = "The client's id.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The client's status.", example = "ACTIVE")
        ClientStatus status,
        @Schema(description = "True only for an ACTIVE client; archived and erased clients must not be booked.",
                example = "true")
        boolean bookable,
        @Schema(description = "The client's IANA time zone.", example = "Europe/London", maxLength = 64)
        String timeZone,
        @Schema(description = "The latest screening, with its answers and `state` (CURRENT or EXPIRED); null when "
                + "none was ever recorded. Only a CURRENT screening may be relied on.", nullable = true)
        ScreeningView screening,
        @Schema(description = "The client's valid consents, at most one per kind: not revoked and to the current "
                + "version of their document. A kind missing here has no valid consent.", maxItems = 3)
        List<ConsentView> validConsents,
        @Schema(description = "When these facts were read (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
        Instant asOf) {
}
