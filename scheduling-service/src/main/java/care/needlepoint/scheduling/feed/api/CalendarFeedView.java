package care.needlepoint.scheduling.feed.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarFeed", description = "A practitioner's iCalendar feed. The URL (with its secret) is shown only "
        + "once, when the feed is created; afterwards only the feed's id and dates are listed.")
public record CalendarFeedView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
        UUID id,
        @Schema(description = "The practitioner.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID practitionerId,
        @Schema(description = "Subscribe to this URL in a calendar app. Only in the answer to the creation; null "
                + "afterwards. Anyone with the URL can read the feed: revoke it if it leaks.", nullable = true,
                example = "https://scheduling.example.com/api/v1/calendar-feeds/2k9Jx0c8zQ5mX1aB7yT4vR6nW3pL0sD8fG2hK5jE",
                maxLength = 500)
        String url,
        @Schema(description = "When it was created (RFC 3339, UTC).", example = "2026-03-01T09:00:00Z")
        Instant createdAt,
        @Schema(description = "When it was revoked, if it was.", nullable = true, example = "2026-06-01T09:00:00Z")
        Instant revokedAt) {
}
