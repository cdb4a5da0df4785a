package care.needlepoint.treatments.protocol.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationPreset;
import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;
import care.needlepoint.treatments.protocol.domain.ProtocolVersion;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/** One version of a protocol as the API shows it. */
@Schema(name = "Protocol", description = "One version of a treatment protocol of the clinic's catalogue: the template "
        + "a course of treatment for one client is planned from. Versions never change; an edit makes a new one, and "
        + "a course keeps the version it started with.")
public record ProtocolView(
        @Schema(description = "Server-assigned id of the protocol, the same for all its versions.", readOnly = true,
                example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        UUID id,
        @Schema(description = "Unique, stable code; the same for all versions.", example = "clinic-acne-scars",
                maxLength = 64, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")
        String code,
        @Schema(description = "This version's number: 1 as created, one more for each edit. The ETag is this number "
                + "in double quotes; courses name the version they follow.", readOnly = true, example = "1",
                minimum = "1")
        int version,
        @Schema(description = "Whether this is the protocol's current version.", readOnly = true, example = "true")
        boolean current,
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
        @Schema(description = "The body areas the protocol treats, in the order given.", minItems = 1,
                maxItems = 21, example = "[\"CHEEKS\", \"TEMPLES\"]")
        List<BodyArea> treatmentAreas,
        @Schema(description = "The allowed needle lengths per treatment area and device type, in the order given.",
                minItems = 1, maxItems = 63,
                example = "[{\"area\": \"CHEEKS\", \"deviceType\": \"PEN\", \"minMm\": 1.00, \"maxMm\": 2.00}]")
        List<DepthLimitFields> depthLimits,
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
        @Schema(description = "Serums, in order; empty when there are none.", maxItems = 10,
                example = "[\"Hyaluronic acid\"]")
        List<String> serums,
        @Schema(description = "The preset the contraindication rules started from, or null when they were all "
                + "listed.", nullable = true, example = "CLINIC_DEFAULT")
        ContraindicationPreset contraindicationPreset,
        @Schema(description = "The protocol's contraindication rules, resolved: the preset's rules with the listed "
                + "ones in their place, then listed rules for other items. Sending contraindicationPreset and these "
                + "rules back in an edit keeps them as they are.", maxItems = 15,
                example = "[{\"item\": \"CHEMICAL_PEEL\", \"effect\": \"BLOCK\", \"windowDays\": 30, "
                        + "\"windowMonths\": null, \"onlyAtTreatedArea\": null}]")
        List<ContraindicationRuleFields> contraindicationRules,
        @Schema(description = "The depth progression of a HOME protocol, shallowest first; null for CLINIC.",
                nullable = true, maxItems = 5)
        List<HomeStepFields> homeProgression,
        @Schema(description = "The charting refusals a practitioner may override, with a written reason, on courses "
                + "of this version; all five when the administrator did not say.", maxItems = 5,
                example = "[\"depth-out-of-range\", \"depth-step-exceeded\", \"home-depth-needs-approval\", "
                        + "\"numbing-dwell-too-short\", \"numbing-required\"]")
        List<String> overridableRefusals,
        @Schema(description = "When the protocol's first version was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When this version was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-28T14:05:00Z")
        Instant versionCreatedAt,
        @Schema(description = "Who created this version: the administrator's token subject.", readOnly = true,
                example = "admin-ines", maxLength = 255)
        String versionCreatedBy) {

    public static ProtocolView of(ProtocolVersion version) {
        ProtocolDefinition protocol = version.definition();
        MaintenanceInterval maintenance = protocol.maintenanceMonths() == null ? null
                : new MaintenanceInterval(protocol.maintenanceMonths().min(), protocol.maintenanceMonths().max());
        List<HomeStepFields> home = protocol.homeProgression().isEmpty() ? null
                : protocol.homeProgression().stream().map(HomeStepFields::of).toList();
        return new ProtocolView(version.protocolId(), version.code(), version.version(), version.current(),
                protocol.name(), protocol.summary(), protocol.indication(), protocol.setting(),
                protocol.treatmentAreas(),
                protocol.depthLimits().stream().map(DepthLimitFields::of).toList(),
                Numbing.of(protocol.numbing()),
                protocol.procedureMinutes(),
                new SessionCount(protocol.sessions().defaultCount(), protocol.sessions().min(),
                        protocol.sessions().max()),
                new SpacingDays(protocol.spacingDays().min(), protocol.spacingDays().max()),
                maintenance,
                protocol.aftercare(),
                protocol.serums(),
                protocol.contraindicationPreset(),
                protocol.contraindicationRules().stream().map(ContraindicationRuleFields::of).toList(),
                home,
                protocol.overridableRefusals(),
                version.protocolCreatedAt(), version.createdAt(), version.createdBy());
    }
}
