package care.needlepoint.treatments.protocol.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;
import care.needlepoint.treatments.protocol.persistence.ProtocolEntity;

/** A protocol as the API shows it. */
@Schema(name = "Protocol", description = "A treatment protocol of the clinic's catalogue: the template a course of "
        + "treatment for one client is planned from.")
public record ProtocolView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        UUID id,
        @Schema(description = "Unique, stable code.", example = "clinic-acne-scars", maxLength = 64,
                pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")
        String code,
        @Schema(description = "Name shown to staff and clients.", example = "Acne scar revision (clinic)",
                maxLength = 120)
        String name,
        @Schema(description = "What the protocol is for and how it goes.",
                example = "Medical microneedling for atrophic acne scars: a course of sessions at 1.0-2.0 mm under "
                        + "topical anaesthetic.", maxLength = 1000)
        String summary,
        @Schema(description = "What the protocol treats.", example = "ACNE_SCARS")
        Indication indication,
        @Schema(description = "Where the protocol is carried out.", example = "CLINIC")
        TreatmentSetting setting,
        @Schema(description = "Needle lengths the protocol works within, in mm.")
        NeedleDepthRange needleDepthMm,
        @Schema(description = "Topical anaesthetic before the procedure.")
        Numbing numbing,
        @Schema(description = "Minutes of the procedure itself, after any numbing dwell time.", example = "45",
                minimum = "5", maximum = "240")
        int procedureMinutes,
        @Schema(description = "Sessions in a course of this protocol.")
        SessionCount sessions,
        @Schema(description = "Days from one session of a course to the next.")
        SpacingDays spacingDays,
        @Schema(description = "Months after a completed course until maintenance; null when there is none.",
                nullable = true)
        MaintenanceInterval maintenanceIntervalMonths,
        @Schema(description = "Aftercare instructions, in order; empty when there are none.", maxItems = 20,
                example = "[\"No make-up, sweating, sauna or swimming for 24-48 hours.\", "
                        + "\"Avoid the sun and use SPF 30+.\"]")
        List<String> aftercare,
        @Schema(description = "When the protocol was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the protocol last changed (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "Increases with every change. The ETag of the protocol is this number in double "
                + "quotes.", readOnly = true, example = "0")
        long version) {

    public static ProtocolView of(ProtocolEntity protocol) {
        MaintenanceInterval maintenance = protocol.maintenanceMinMonths == null ? null
                : new MaintenanceInterval(protocol.maintenanceMinMonths, protocol.maintenanceMaxMonths);
        return new ProtocolView(protocol.id, protocol.code, protocol.name, protocol.summary, protocol.indication,
                protocol.setting,
                new NeedleDepthRange(protocol.needleDepthMinMm, protocol.needleDepthMaxMm),
                new Numbing(protocol.numbingPolicy, protocol.numbingMinDwellMinutes),
                protocol.procedureMinutes,
                new SessionCount(protocol.sessionsDefault, protocol.sessionsMin, protocol.sessionsMax),
                new SpacingDays(protocol.spacingMinDays, protocol.spacingMaxDays),
                maintenance,
                List.copyOf(protocol.aftercare),
                protocol.createdAt, protocol.updatedAt, protocol.version);
    }
}
