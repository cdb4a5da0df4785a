package care.needlepoint.clients.client.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.client.persistence.ClientEntity;

/** A client as the API shows it. */
@Schema(name = "Client", description = "A person the clinic treats.")
public record ClientView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID id,
        @Schema(description = "Given (first) name.", example = "Amelia", maxLength = 100)
        String givenName,
        @Schema(description = "Family (last) name.", example = "Okafor", maxLength = 100)
        String familyName,
        @Schema(description = "Preferred name, if any.", example = "Millie", maxLength = 100, nullable = true)
        String preferredName,
        @Schema(description = "Date of birth.", example = "1988-04-17")
        LocalDate dateOfBirth,
        @Schema(description = "Email address, if known.", example = "amelia.okafor@example.com", maxLength = 254,
                nullable = true)
        String email,
        @Schema(description = "Phone number in E.164 form, if known.", example = "+447700900123", nullable = true)
        String phone,
        @Schema(description = "IANA time zone.", example = "Europe/London")
        String timeZone,
        @Schema(description = "Only ACTIVE clients can be booked.", readOnly = true, example = "ACTIVE")
        ClientStatus status,
        @Schema(description = "When the record was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "Increases with every change. The ETag of the client is this number in double quotes; "
                + "send it in If-Match to update.", readOnly = true, example = "3")
        long version) {

    public static ClientView of(ClientEntity client) {
        return new ClientView(client.id, client.givenName, client.familyName, client.preferredName,
                client.dateOfBirth, client.email, client.phone, client.timeZone, client.status, client.createdAt,
                client.updatedAt, client.version);
    }
}
