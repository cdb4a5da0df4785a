package care.needlepoint.treatments.protocol.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationPreset;
import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/**
 * What an administrator sends to create a protocol or a new version of it. Bean validation checks each field on its
 * own; the rules that relate fields to each other (ranges ordered, depth limits per treatment area, numbing, the
 * shape of each contraindication rule, the home progression) are protocol.domain.ProtocolRules.
 */
@Schema(name = "ProtocolFields", description = "The fields of a protocol that an administrator sets. Editing sends "
        + "all of them again and creates a new version.")
public record ProtocolFields(
        @Schema(description = "Unique, stable identifier for people and integrations: lower-case words of letters "
                + "and digits joined by hyphens. It cannot change: an edit must send the protocol's code.",
                example = "clinic-acne-scars", maxLength = 64, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")
        @NotNull @Size(max = 64)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits in words joined by hyphens, e.g. clinic-acne-scars")
        String code,

        @Schema(description = "Name shown to staff and clients.", example = "Acne scar revision (clinic)",
                maxLength = 120)
        @NotBlank @Size(max = 120)
        String name,

        @Schema(description = "What the protocol is for and how it goes, in a few sentences.",
                example = "Medical microneedling for atrophic acne scars: a course of sessions at 1.0-2.0 mm under "
                        + "topical anaesthetic.", maxLength = 1000)
        @NotBlank @Size(max = 1000)
        String summary,

        @Schema(description = "What the protocol treats.", example = "ACNE_SCARS")
        @NotNull
        Indication indication,

        @Schema(description = "CLINIC: carried out by a practitioner; HOME: by the client with a home device, at "
                + "most 0.75 mm, with a homeProgression.", example = "CLINIC")
        @NotNull
        TreatmentSetting setting,

        @Schema(description = "The body areas the protocol treats (docs/domain.md body-area), each once; every one "
                + "needs at least one depth limit.", minItems = 1, maxItems = 21,
                example = "[\"CHEEKS\", \"TEMPLES\"]")
        @NotNull @Size(min = 1, max = 21)
        List<@NotNull BodyArea> treatmentAreas,

        @Schema(description = "The allowed needle lengths per treatment area and device type; at most one per area "
                + "and device.", minItems = 1, maxItems = 63,
                example = "[{\"area\": \"CHEEKS\", \"deviceType\": \"PEN\", \"minMm\": 1.00, \"maxMm\": 2.00}, "
                        + "{\"area\": \"TEMPLES\", \"deviceType\": \"PEN\", \"minMm\": 0.50, \"maxMm\": 1.00}]")
        @NotNull @Size(min = 1, max = 63)
        List<@NotNull @Valid DepthLimitFields> depthLimits,

        @Schema(description = "Topical anaesthetic before the procedure.")
        @NotNull @Valid
        Numbing numbing,

        @Schema(description = "Minutes of the procedure itself, after any numbing dwell time.", example = "45",
                minimum = "5", maximum = "240")
        @NotNull @Min(5) @Max(240)
        Integer procedureMinutes,

        @Schema(description = "Sessions in a course of this protocol.")
        @NotNull @Valid
        SessionCount sessions,

        @Schema(description = "Days from one session of a course to the next.")
        @NotNull @Valid
        SpacingDays spacingDays,

        @Schema(description = "Months after a completed course until maintenance; null or absent when the protocol "
                + "has no maintenance.", nullable = true)
        @Valid
        MaintenanceInterval maintenanceIntervalMonths,

        @Schema(description = "Instructions the client gets after each session, in order; up to 20, each up to 300 "
                + "characters. Absent means none.", maxItems = 20,
                example = "[\"No make-up, sweating, sauna or swimming for 24-48 hours.\", "
                        + "\"Avoid the sun and use SPF 30+.\"]")
        @Size(max = 20)
        List<@NotBlank @Size(max = 300) String> aftercare,

        @Schema(description = "Serums applied during or after the procedure, in order; up to 10, each up to 120 "
                + "characters. Absent means none.", maxItems = 10,
                example = "[\"Hyaluronic acid\", \"Growth factor serum\"]")
        @Size(max = 10)
        List<@NotBlank @Size(max = 120) String> serums,

        @Schema(description = "A ready-made rule set to start from. CLINIC_DEFAULT: active acne or infection and "
                + "eczema, psoriasis or rosacea at a treated area, keloid scarring, anticoagulants or a bleeding "
                + "disorder, pregnancy or breastfeeding, chemotherapy or radiotherapy, immunosuppression or "
                + "uncontrolled diabetes BLOCK; isotretinoin within 6 months, chemical peel or laser within 30 days "
                + "and sunburn within 14 days BLOCK; cold sores, injectables within 14 days and allergies to "
                + "anaesthetics or metals WARN. contraindicationRules replace its rules item by item. Without a "
                + "preset, contraindicationRules must list at least one rule.", nullable = true,
                example = "CLINIC_DEFAULT")
        ContraindicationPreset contraindicationPreset,

        @Schema(description = "Rules per screening item, one per item; with a preset they replace the preset's rule "
                + "for the same item. The protocol's rules are the preset's plus these.", maxItems = 15,
                example = "[{\"item\": \"ISOTRETINOIN\", \"effect\": \"BLOCK\", \"windowMonths\": 12}, "
                        + "{\"item\": \"HERPES_SIMPLEX_HISTORY\", \"effect\": \"BLOCK\"}]")
        @Size(max = 15)
        List<@NotNull @Valid ContraindicationRuleFields> contraindicationRules,

        @Schema(description = "HOME protocols only, and required for them: the depth progression, shallowest "
                + "first.", maxItems = 5, nullable = true,
                example = "[{\"depthMm\": 0.25, \"intervalDays\": {\"min\": 2, \"max\": 4}, "
                        + "\"minWeeksBeforeNextStep\": 4, \"requiresPractitionerApproval\": false}, "
                        + "{\"depthMm\": 0.50, \"intervalDays\": {\"min\": 3, \"max\": 7}, "
                        + "\"requiresPractitionerApproval\": false}]")
        @Size(min = 1, max = 5)
        List<@NotNull @Valid HomeStepFields> homeProgression,

        @Schema(description = "The charting refusals a practitioner may override, with a written reason, on courses "
                + "of this version, each once, from: depth-out-of-range, depth-step-exceeded, "
                + "home-depth-needs-approval, numbing-required, numbing-dwell-too-short. Absent or null means all "
                + "of them; an empty list means none. Never possible: home-depth-never, no-depth-limit, "
                + "screening-missing, screening-expired, consent-missing, client-not-bookable, BLOCK "
                + "contraindications.", nullable = true, maxItems = 5,
                example = "[\"depth-out-of-range\", \"numbing-dwell-too-short\"]")
        @Size(max = 5)
        List<@NotNull @Size(max = 64) String> overridableRefusals) {
}
