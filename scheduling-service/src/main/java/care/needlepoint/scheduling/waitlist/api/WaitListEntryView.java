package care.needlepoint.scheduling.waitlist.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.waitlist.domain.WaitListEntryStatus;
import care.needlepoint.scheduling.waitlist.persistence.WaitListEntryEntity;

@Schema(name = "WaitListEntry", description = "A client waiting for a slot, with the minutes the visit needs (taken "
        + "from the protocol when the entry was made).")
public record WaitListEntryView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b")
        UUID id,
        @Schema(description = "ACTIVE (waiting), BOOKED (an offer was accepted), WITHDRAWN, or EXPIRED (ACTIVE but "
                + "past its latest date).", example = "ACTIVE")
        WaitListEntryStatus status,
        @Schema(description = "The client (clients-service id).", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The protocol, if any.", nullable = true, example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
        UUID protocolId,
        @Schema(description = "Minutes of a plain appointment, without protocol.", nullable = true, example = "30",
                minimum = "5", maximum = "600")
        Integer durationMinutes,
        @Schema(description = "Planned deepest needle depth, mm.", nullable = true, example = "1.50")
        BigDecimal plannedDepthMm,
        @Schema(description = "The numbing choice as given; null follows the protocol.", nullable = true,
                example = "true")
        Boolean numbing,
        @Schema(description = "Minutes of numbing the visit needs.", example = "30", minimum = "0", maximum = "120")
        int numbingMinutes,
        @Schema(description = "Minutes of the procedure.", example = "45", minimum = "5", maximum = "600")
        int procedureMinutes,
        @Schema(description = "First clinic-local date.", example = "2027-03-01")
        LocalDate earliestDate,
        @Schema(description = "Last clinic-local date.", example = "2027-03-14")
        LocalDate latestDate,
        @Schema(description = "Only this practitioner's slots, if set.", nullable = true,
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID practitionerId,
        @Schema(description = "Preferred local times from (HH:mm).", nullable = true, example = "09:00", maxLength = 5)
        String preferredTimeFrom,
        @Schema(description = "Preferred local times to (HH:mm).", nullable = true, example = "13:00", maxLength = 5)
        String preferredTimeTo,
        @Schema(description = "Front-desk note.", nullable = true, example = "Can come at an hour's notice",
                maxLength = 500)
        String note,
        @Schema(description = "Why it was withdrawn.", nullable = true, example = "Booked elsewhere", maxLength = 500)
        String withdrawalReason,
        @Schema(description = "Who withdrew it (token subject).", nullable = true, example = "desk-anna",
                maxLength = 255)
        String withdrawnBy,
        @Schema(description = "When it was withdrawn (RFC 3339, UTC).", nullable = true,
                example = "2027-02-20T10:00:00Z")
        Instant withdrawnAt,
        @Schema(description = "The appointment booked from an accepted offer.", nullable = true,
                example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
        UUID appointmentId,
        @Schema(description = "Who added it (token subject).", example = "desk-anna", maxLength = 255)
        String createdBy,
        @Schema(description = "When it joined the queue; the queue is in this order (then id).",
                example = "2027-02-15T09:00:00Z")
        Instant createdAt,
        @Schema(description = "Last change.", example = "2027-02-15T09:00:00Z")
        Instant updatedAt) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public static WaitListEntryView of(WaitListEntryEntity e, LocalDate today) {
        return new WaitListEntryView(e.id, WaitListEntryStatus.readAs(e.status, e.latestDate, today), e.clientId,
                e.protocolId, e.durationMinutes, e.plannedDepthMm, e.numbing, e.numbingMinutes, e.procedureMinutes,
                e.earliestDate, e.latestDate, e.practitionerId, hhmm(e.preferredTimeFrom), hhmm(e.preferredTimeTo),
                e.note, e.withdrawalReason, e.withdrawnBy, e.withdrawnAt, e.appointmentId, e.createdBy, e.createdAt,
                e.updatedAt);
    }

    private static String hhmm(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }
}
