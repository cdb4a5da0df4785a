package care.needlepoint.treatments.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What treatments-service reads of clients-service's {@code getBookingFacts}: our own record, with only the fields we
 * use. Unknown fields are ignored so that clients-service may add some; codes (status, state, kind) stay text so that
 * a value it adds later reads as "not the one we require" instead of failing the whole answer.
 *
 * @param screening null when the client was never screened
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingFacts(
        UUID clientId,
        String status,
        Boolean bookable,
        String timeZone,
        ScreeningFacts screening,
        List<ConsentFacts> validConsents,
        Instant asOf) {

    /** The consent kind that treatment needs (clients-service consent kinds, docs/domain.md "Consent"). */
    public static final String TREATMENT_CONSENT_KIND = "MICRONEEDLING_TREATMENT";

    public BookingFacts {
        validConsents = validConsents == null ? List.of() : List.copyOf(validConsents);
    }

    public boolean isBookable() {
        return Boolean.TRUE.equals(bookable);
    }

    /** The client's valid consent to treatment, if there is one. */
    public java.util.Optional<ConsentFacts> treatmentConsent() {
        return validConsents.stream().filter(consent -> TREATMENT_CONSENT_KIND.equals(consent.kind())
                && ConsentFacts.VALID.equals(consent.state())).findFirst();
    }
}
