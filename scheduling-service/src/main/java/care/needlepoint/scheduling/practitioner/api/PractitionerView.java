package care.needlepoint.scheduling.practitioner.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.practitioner.persistence.PractitionerEntity;

/** A practitioner as the API shows it. */
@Schema(name = "Practitioner", description = "A person who treats clients and can be booked.")
public record PractitionerView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID id,
        @Schema(description = "The name clients and colleagues see in the calendar.", example = "Dr Inês Duarte",
                maxLength = 120)
        String displayName,
        @Schema(description = "The subject (`sub` claim) of the tokens this practitioner logs in with.",
                example = "0b6e3f4a-2c1d-4e5f-8a9b-7c6d5e4f3a2b", maxLength = 255)
        String subject,
        @Schema(description = "Work email address, if known.", example = "ines.duarte@example.com", maxLength = 254,
                nullable = true)
        String email,
        @Schema(description = "Only active practitioners can be booked.", example = "true")
        boolean active,
        @Schema(description = "When the record was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "Increases with every change. The ETag of the practitioner is this number in double "
                + "quotes.", readOnly = true, example = "0", minimum = "0")
        long version) {

    public static PractitionerView of(PractitionerEntity practitioner) {
        return new PractitionerView(practitioner.id, practitioner.displayName, practitioner.subject,
                practitioner.email, practitioner.active, practitioner.createdAt, practitioner.updatedAt,
                practitioner.version);
    }
}
