package care.needlepoint.treatments.session.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionNumbingFields", description = "The topical anaesthetic applied before the procedure.")
public record SessionNumbingFields(
        @Schema(description = "The anaesthetic used.", example = "Lidocaine 5% cream", maxLength = 120,
                pattern = "\\S")
        @NotNull @Size(max = 120) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String agent,

        @Schema(description = "When it was applied: RFC 3339 with an offset; not after performedAt.",
                example = "2026-11-21T09:00:00Z")
        @NotNull
        OffsetDateTime appliedAt,

        @Schema(description = "Minutes it was left to take effect before the procedure; at least the protocol's "
                + "numbing.minimumDwellMinutes when numbing is required, unless overridden.", example = "30",
                minimum = "0", maximum = "180")
        @NotNull @Min(0) @Max(180)
        Integer dwellMinutes) {
}
