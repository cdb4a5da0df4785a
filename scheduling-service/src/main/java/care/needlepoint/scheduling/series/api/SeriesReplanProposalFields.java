package care.needlepoint.scheduling.series.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesReplanProposalFields", description = "Which sessions to re-plan: fromSequence to the last.")
public record SeriesReplanProposalFields(
        @Schema(description = "The first session to re-plan (typically the one missed or cancelled).", example = "3",
                minimum = "1", maximum = "12")
        @NotNull @Min(1) @Max(12)
        Integer fromSequence) {
}
