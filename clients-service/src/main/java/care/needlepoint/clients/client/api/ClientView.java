package care.needlepoint.clients.client.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.client.domain.ContactChannel;
import care.needlepoint.clients.client.domain.SkinConcern;
import care.needlepoint.clients.client.domain.SkinType;
import care.needlepoint.clients.client.persistence.ClientEntity;

/** A client as the API shows it. */
@Schema(name = "Client", description = "A person the clinic treats. An ERASED client shows pseudonymised data.")
public record ClientView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID id,
        @Schema(description = "Given (first) name.", example = "Amelia", maxLength = 100)
        String givenName,
        @Schema(description = "Family (last) name.", example = "Okafor", maxLength = 100)
        String familyName,
        @Schema(description = "Preferred name, if any.", example = "Millie", maxLength = 100, nullable = true)
        String preferredName,
        @Schema(description = "Date of birth. After erasure only the year is kept (as 1 January).",
                example = "1988-04-17")
        LocalDate dateOfBirth,
        @Schema(description = "Email address, if known.", example = "amelia.okafor@example.com", maxLength = 254,
                nullable = true)
        String email,
        @Schema(description = "Phone number in E.164 form, if known.", example = "+447700900123", maxLength = 16,
                nullable = true)
        String phone,
        @Schema(description = "Postal address, if known.", nullable = true)
        PostalAddress postalAddress,
        @Schema(description = "IANA time zone.", example = "Europe/London", maxLength = 64)
        String timeZone,
        @Schema(description = "How the client prefers to be contacted, if they said.", example = "SMS",
                nullable = true)
        ContactChannel preferredContactChannel,
        @Schema(description = "Marketing opt-ins and when they changed.")
        MarketingOptIns marketingOptIns,
        @Schema(description = "Fitzpatrick skin type, once assessed.", example = "III", nullable = true)
        SkinType skinType,
        @Schema(description = "Skin concerns, in the order of docs/domain.md.", example = "[\"ACNE_SCARS\", \"TEXTURE\"]",
                maxItems = 20)
        List<SkinConcern> skinConcerns,
        @Schema(description = "Free-text notes.", example = "Prefers morning appointments.", maxLength = 2000,
                nullable = true)
        String notes,
        @Schema(description = "ACTIVE clients can be booked; ARCHIVED ones are kept but not bookable until restored; "
                + "ERASED ones are pseudonymised for good.", readOnly = true, example = "ACTIVE")
        ClientStatus status,
        @Schema(description = "When the record was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC); `updatedSince` filters on it.",
                readOnly = true, example = "2026-11-21T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "When the client was erased, if they were.", readOnly = true, nullable = true,
                example = "2026-11-21T09:30:00Z")
        Instant erasedAt,
        @Schema(description = "Increases with every change. The ETag of the client is this number in double quotes; "
                + "send it in If-Match to update.", readOnly = true, example = "3")
        long version) {

    public static ClientView of(ClientEntity client) {
        PostalAddress address = client.addressLine1 == null ? null
                : new PostalAddress(client.addressLine1, client.addressLine2, client.addressLocality,
                        client.addressRegion, client.addressPostalCode, client.addressCountry);
        MarketingOptIns marketing = new MarketingOptIns(client.marketingEmail, client.marketingEmailChangedAt,
                client.marketingSms, client.marketingSmsChangedAt);
        List<SkinConcern> concerns = Arrays.stream(client.skinConcerns).map(SkinConcern::valueOf).sorted().toList();
        return new ClientView(client.id, client.givenName, client.familyName, client.preferredName,
                client.dateOfBirth, client.email, client.phone, address, client.timeZone,
                client.preferredContactChannel, marketing, client.skinType, concerns, client.notes, client.status,
                client.createdAt, client.updatedAt, client.erasedAt, client.version);
    }
}
