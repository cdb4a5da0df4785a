package care.needlepoint.treatments.eligibility.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.eligibility.domain.EligibilityOutcome;
import care.needlepoint.treatments.eligibility.domain.EligibilityService.DatedEligibility;
import care.needlepoint.treatments.eligibility.domain.EligibilityService.Verdict;

@Schema(name = "SeriesEligibility", description = "A client's eligibility for a protocol on each date of a planned "
        + "series: one verdict per date, judged from one reading of the client's booking facts.")
public record SeriesEligibilityView(
        @Schema(description = "The client's id (clients-service).", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        UUID protocolId,
        @Schema(description = "The protocol version judged against: the current one.", example = "2", minimum = "1")
        int protocolVersion,
        @Schema(description = "One verdict per date asked, in the order asked (a date asked twice once).",
                minItems = 1, maxItems = EligibilityResource.MAX_DATES)
        List<DateVerdictView> dates,
        @Schema(description = "When the check was made (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
        Instant checkedAt) {

    @Schema(name = "DateEligibility", description = "The verdict on one date: as checkEligibility would answer for "
            + "that date.")
    public record DateVerdictView(
            @Schema(description = "The date judged, in the clinic's calendar.", example = "2026-12-03")
            LocalDate on,
            @Schema(description = "BLOCK if any finding blocks, WARN if any warns, otherwise OK.", example = "OK")
            EligibilityOutcome outcome,
            @Schema(description = "Every finding on this date, as in checkEligibility. Empty when OK.", maxItems = 18)
            List<FindingView> findings) {

        static DateVerdictView of(Verdict verdict) {
            return new DateVerdictView(verdict.on(), verdict.outcome(),
                    verdict.findings().stream().map(FindingView::of).toList());
        }
    }

    public static SeriesEligibilityView of(DatedEligibility eligibility) {
        return new SeriesEligibilityView(eligibility.clientId(), eligibility.protocol().protocolId(),
                eligibility.protocol().version(), eligibility.verdicts().stream().map(DateVerdictView::of).toList(),
                eligibility.checkedAt());
    }
}
