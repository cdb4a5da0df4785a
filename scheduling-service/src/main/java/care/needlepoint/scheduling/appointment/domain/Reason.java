package care.needlepoint.scheduling.appointment.domain;

/**
 * One machine-readable reason in a 422 problem's {@code reasons}: a stable code (e.g. {@code outside-working-hours},
 * {@code client-not-bookable}, or an eligibility finding's code), its effect (BLOCK or WARN) where it comes from the
 * eligibility check, the screening item it concerns if any, and a message for people.
 */
public record Reason(String code, String effect, String item, String message) {

    public static Reason of(String code, String message) {
        return new Reason(code, "BLOCK", null, message);
    }
}
