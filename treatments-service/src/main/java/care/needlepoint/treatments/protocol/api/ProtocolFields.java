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

import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/**
 * What an administrator sends to create a protocol. Bean validation checks each field on its own; the rules that
 * relate fields to each other (min <= max, home depth, numbing dwell) are protocol.domain.ProtocolRules.
 */
@Schema(name = "ProtocolFields", description = "The fields of a protocol that an administrator sets.")
public record ProtocolFields(
        @Schema(description = "Unique, stable identifier for people and integrations: lower-case words of letters "
                + "and digits joined by hyphens.", example = "clinic-acne-scars", maxLength = 64,
                pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")
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

        @Schema(description = "CLINIC: carried out by a practitioner; HOME: by the client with a home device, "
                + "at most 0.50 mm.", example = "CLINIC")
        @NotNull
        TreatmentSetting setting,

        @Schema(description = "Needle lengths the protocol works within, in mm.")
        @NotNull @Valid
        NeedleDepthRange needleDepthMm,

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
        List<@NotBlank @Size(max = 300) String> aftercare) {
}
