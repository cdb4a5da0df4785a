package care.needlepoint.scheduling.waitlist.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WaitListWithdrawalFields", description = "Why a client no longer waits.")
public record WithdrawalFields(
        @Schema(description = "The reason, as the client or clinic gave it.", example = "Booked elsewhere",
                minLength = 1, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
