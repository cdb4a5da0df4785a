package care.needlepoint.clients.audit.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditedRecord;
import care.needlepoint.clients.audit.persistence.AuditEventEntity;

@Schema(name = "AuditEvent", description = "One read or change of a client's record, screening or consent.")
public record AuditEventView(
        @Schema(description = "Increasing id; later events have larger ids.", example = "81234", readOnly = true)
        long id,
        @Schema(description = "When it happened (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
        Instant occurredAt,
        @Schema(description = "Token subject of the caller: a person, an integration or a Needlepoint service.",
                example = "practitioner:ines.moreau", maxLength = 255)
        String actor,
        @Schema(description = "The caller's roles at the time.", example = "[\"practitioner\"]")
        List<String> actorRoles,
        @Schema(description = "For a Needlepoint service, the person it acted for, as that service named them.",
                example = "front-desk:sam.reid", maxLength = 255, nullable = true)
        String onBehalfOf,
        @Schema(description = "What was done.", example = "READ")
        AuditAction action,
        @Schema(description = "What kind of record.", example = "SCREENING")
        AuditedRecord recordType,
        @Schema(description = "Id of the record; the client's id when the record is the client itself.",
                example = "0a6f3c2e-1b4d-4e8f-9c7a-5d2e1f3b4a6c")
        UUID recordId,
        @Schema(description = "The client the record belongs to.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId) {

    public static AuditEventView of(AuditEventEntity event) {
        return new AuditEventView(event.id, event.occurredAt, event.actor,
                Arrays.asList(event.actorRoles.split(",")), event.onBehalfOf, event.action, event.recordType,
                event.recordId, event.clientId);
    }
}
