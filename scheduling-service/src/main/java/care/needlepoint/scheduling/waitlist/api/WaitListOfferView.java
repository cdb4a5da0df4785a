package care.needlepoint.scheduling.waitlist.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.waitlist.domain.WaitListOfferStatus;
import care.needlepoint.scheduling.waitlist.persistence.WaitListOfferEntity;

@Schema(name = "WaitListOffer", description = "A freed slot offered to one wait-list entry. It does not hold the "
        + "slot: whoever books the time first gets it.")
public record WaitListOfferView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b")
        UUID id,
        @Schema(description = "OPEN (waiting for the client's answer), ACCEPTED (booked: appointmentId), DECLINED, "
                + "EXPIRED (not answered by expiresAt), TAKEN (someone booked the time first) or WITHDRAWN (the entry "
                + "was withdrawn).", example = "OPEN")
        WaitListOfferStatus status,
        @Schema(description = "The wait-list entry offered the slot.", example = "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b")
        UUID entryId,
        @Schema(description = "The entry's client, to call.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "When the client would arrive (RFC 3339, UTC).", example = "2027-03-03T10:00:00Z")
        Instant startsAt,
        @Schema(description = "The freed time ends here (the released appointment's room-free time, RFC 3339, UTC).",
                example = "2027-03-03T11:15:00Z")
        Instant freeUntil,
        @Schema(description = "The practitioner whose time it is.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID practitionerId,
        @Schema(description = "The room, if the released appointment had one.", nullable = true,
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID roomId,
        @Schema(description = "The appointment whose cancellation or move freed the time.",
                example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
        UUID releasedAppointmentId,
        @Schema(description = "An OPEN offer lapses here: the configured time to answer, never after startsAt "
                + "(RFC 3339, UTC).", example = "2027-02-20T12:00:00Z")
        Instant expiresAt,
        @Schema(description = "The appointment booked on acceptance.", nullable = true,
                example = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f")
        UUID appointmentId,
        @Schema(description = "When it was offered (RFC 3339, UTC).", example = "2027-02-20T10:00:00Z")
        Instant createdAt,
        @Schema(description = "When it stopped being OPEN.", nullable = true, example = "2027-02-20T10:20:00Z")
        Instant closedAt,
        @Schema(description = "Who closed it (token subject, or scheduling-service for a lapse).", nullable = true,
                example = "desk-anna", maxLength = 255)
        String closedBy) {

    public static WaitListOfferView of(WaitListOfferEntity o) {
        return new WaitListOfferView(o.id, o.status, o.entryId, o.clientId, o.startsAt, o.freeUntil, o.practitionerId,
                o.roomId, o.releasedAppointmentId, o.expiresAt, o.appointmentId, o.createdAt, o.closedAt,
                o.closedBy);
    }
}
