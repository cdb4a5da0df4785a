package care.needlepoint.clients.client.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The client's marketing choices as a caller sets them; the service records when each one changes. */
@Schema(name = "MarketingChoices", description = "Whether the client opted in to marketing, per channel. "
        + "Opting in to a channel needs its contact detail (email, or phone for SMS).")
public record MarketingChoices(
        @Schema(description = "Opted in to marketing by email.", example = "true")
        @NotNull
        Boolean email,
        @Schema(description = "Opted in to marketing by SMS.", example = "false")
        @NotNull
        Boolean sms) {

    public static final MarketingChoices NONE = new MarketingChoices(false, false);
}
