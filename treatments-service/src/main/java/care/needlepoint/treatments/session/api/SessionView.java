package care.needlepoint.treatments.session.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.session.domain.Amendable;
import care.needlepoint.treatments.session.domain.ChartedSession;
import care.needlepoint.treatments.session.domain.SessionKind;
import care.needlepoint.treatments.session.persistence.SessionEntity;

/** A charted session as the API shows it: clinical, for practitioners and admins only. */
@Schema(name = "Session", description = "A charted session with its amendments. The amendable fields (appointmentId, "
        + "serums, immediateReaction, notes, aftercareGiven and the areas' charted values) show their current value; "
        + "`original` shows them as first charted once the session has been amended.")
public record SessionView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")
        UUID id,
        @Schema(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
        UUID courseId,
        @Schema(description = "1 for the course's first session, one more for each after it.", example = "2",
                minimum = "1")
        int sequence,
        @Schema(description = "SERIES for a session of the planned series, MAINTENANCE after it.", example = "SERIES")
        SessionKind kind,
        @Schema(description = "The appointment in scheduling-service, if any.", nullable = true,
                example = "7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a")
        UUID appointmentId,
        @Schema(description = "When the procedure was performed (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
        Instant performedAt,
        @Schema(description = "The practitioner who charted it (token subject).", example = "practitioner-ana",
                maxLength = 255)
        String practitioner,
        @Schema(description = "What was done on each area, as amended.", minItems = 1, maxItems = 21)
        List<SessionAreaFields> areas,
        @Schema(description = "The anaesthetic applied; null when none was.", nullable = true)
        NumbingView numbing,
        @Schema(description = "Serums applied.", maxItems = 10, example = "[\"Hyaluronic acid\"]")
        List<String> serums,
        @Schema(description = "The immediate reaction observed.", nullable = true, maxLength = 1000,
                example = "Even erythema, settled to pink within 20 minutes.")
        String immediateReaction,
        @Schema(description = "Clinical notes.", nullable = true, maxLength = 4000,
                example = "Rolling scars on the left cheek responded well.")
        String notes,
        @Schema(description = "Whether aftercare instructions were given.", example = "true")
        boolean aftercareGiven,
        @Schema(description = "The WARN findings the practitioner acknowledged.", maxItems = 20,
                example = "[\"contraindication.herpes-simplex-history\"]")
        List<String> acknowledgedWarnings,
        @Schema(description = "The refusals the practitioner overrode, with the written reasons.", maxItems = 10)
        List<OverrideFields> overrides,
        @Schema(description = "The screening (clients-service) the session was checked against.",
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID screeningId,
        @Schema(description = "The MICRONEEDLING_TREATMENT consent (clients-service) it was checked against.",
                example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")
        UUID consentId,
        @Schema(description = "When it was charted (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T10:20:00Z")
        Instant recordedAt,
        @Schema(description = "The amendable fields as first charted; null while never amended.", nullable = true)
        AmendableView original,
        @Schema(description = "Every amendment, oldest first.", maxItems = 1000)
        List<AmendmentView> amendments,
        @Schema(description = "1 as charted, one more per amendment; the ETag is this number in double quotes.",
                readOnly = true, example = "1", minimum = "1")
        long version) {

    @Schema(name = "SessionNumbing", description = "The anaesthetic applied before the procedure.")
    public record NumbingView(
            @Schema(description = "The anaesthetic.", example = "Lidocaine 5% cream", maxLength = 120)
            String agent,
            @Schema(description = "When it was applied (RFC 3339, UTC).", example = "2026-11-21T09:00:00Z")
            Instant appliedAt,
            @Schema(description = "Minutes it was left to take effect.", example = "30", minimum = "0",
                    maximum = "180")
            int dwellMinutes) {
    }

    @Schema(name = "SessionAmendableFields", description = "The fields of a session an amendment may change.")
    public record AmendableView(
            @Schema(description = "The appointment id.", nullable = true,
                    example = "7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a")
            UUID appointmentId,
            @Schema(description = "Serums.", maxItems = 10, example = "[\"Hyaluronic acid\"]")
            List<String> serums,
            @Schema(description = "Immediate reaction.", nullable = true, maxLength = 1000,
                    example = "Even erythema.")
            String immediateReaction,
            @Schema(description = "Notes.", nullable = true, maxLength = 4000, example = "Responded well.")
            String notes,
            @Schema(description = "Aftercare given.", example = "true")
            boolean aftercareGiven,
            @Schema(description = "What was done on each area.", minItems = 1, maxItems = 21)
            List<SessionAreaFields> areas) {

        static AmendableView of(Amendable values) {
            return new AmendableView(values.appointmentId(), values.serums(), values.immediateReaction(),
                    values.notes(), values.aftercareGiven(), areasOf(values));
        }
    }

    private static List<SessionAreaFields> areasOf(Amendable values) {
        return values.areas().stream().map(a -> new SessionAreaFields(a.area(), a.deviceType(), a.depthMm(),
                a.needleConfiguration(), a.passes(), a.directions(), a.endpoint())).toList();
    }

    @Schema(name = "SessionAmendment", description = "One correction: who, when, why and what changed.")
    public record AmendmentView(
            @Schema(description = "1 for the first amendment, one more for each after it.", example = "1",
                    minimum = "1")
            int sequence,
            @Schema(description = "When (RFC 3339, UTC).", example = "2026-11-22T08:15:00Z")
            Instant amendedAt,
            @Schema(description = "Who (token subject).", example = "practitioner-ana", maxLength = 255)
            String amendedBy,
            @Schema(description = "Why.", example = "Serum recorded against the wrong session.", maxLength = 1000)
            String reason,
            @Schema(description = "Per changed field (appointmentId, serums, immediateReaction, notes, "
                    + "aftercareGiven, and areas[AREA].deviceType, .depthMm, .needleConfiguration, .passes, "
                    + ".directions, .endpoint for an area's values), its value before and after.",
                    example = "{\"areas[CHEEKS].depthMm\": {\"from\": 1.50, \"to\": 1.25}, "
                            + "\"notes\": {\"from\": \"Responded well.\", \"to\": \"Responded well; 3 passes.\"}}")
            Map<String, ChangeView> changes,
            @Schema(description = "The overrides the corrected values needed, with the written reasons; empty when "
                    + "none did.", maxItems = 10)
            List<OverrideFields> overrides) {
    }

    @Schema(name = "SessionFieldChange", description = "A field's value before and after an amendment, in JSON.")
    public record ChangeView(
            @Schema(description = "The value before (null when it had none).", nullable = true, example = "Responded "
                    + "well.")
            Object from,
            @Schema(description = "The value after.", nullable = true, example = "Responded well; 3 passes.")
            Object to) {
    }

    public static SessionView of(ChartedSession charted) {
        SessionEntity session = charted.record();
        Amendable current = charted.current();
        NumbingView numbing = session.numbingAgent == null ? null
                : new NumbingView(session.numbingAgent, session.numbingAppliedAt, session.numbingDwellMinutes);
        List<SessionAreaFields> areas = areasOf(current);
        List<AmendmentView> amendments = charted.amendments().stream().map(a -> {
            Map<String, ChangeView> changes = new LinkedHashMap<>();
            a.changes().forEach((field, change) -> changes.put(field, new ChangeView(change.from(), change.to())));
            return new AmendmentView(a.sequence(), a.at(), a.by(), a.reason(), changes, a.overrides().stream()
                    .map(o -> new OverrideFields(o.code(), o.area(), o.reason())).toList());
        }).toList();
        return new SessionView(session.id, session.courseId, session.sequence, session.kind, current.appointmentId(),
                session.performedAt, session.practitioner, areas, numbing, current.serums(),
                current.immediateReaction(), current.notes(), current.aftercareGiven(),
                List.copyOf(session.acknowledgedWarnings),
                session.overrides.stream().map(o -> new OverrideFields(o.code, o.area, o.reason)).toList(),
                session.screeningId, session.consentId, session.recordedAt,
                charted.amendments().isEmpty() ? null : AmendableView.of(charted.original()), amendments,
                charted.version());
    }
}
