package care.needlepoint.clients.client.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import care.needlepoint.clients.client.api.ClientFields;
import care.needlepoint.clients.client.api.MarketingChoices;
import care.needlepoint.clients.platform.problem.FieldViolation;

/**
 * Rules about a client's fields that single-field validation cannot express. Pure: given the fields and today's date,
 * the list of violations, each naming its JSON field. An empty list means the fields are consistent.
 */
public final class ClientRules {

    /** Older than any person on record; an earlier date of birth is a typing error. */
    static final int OLDEST_PLAUSIBLE_AGE_YEARS = 130;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ClientRules() {
    }

    public static List<FieldViolation> check(ClientFields fields, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (fields.dateOfBirth() != null && fields.dateOfBirth().isBefore(today.minusYears(OLDEST_PLAUSIBLE_AGE_YEARS))) {
            violations.add(FieldViolation.body("dateOfBirth",
                    "must be within the last " + OLDEST_PLAUSIBLE_AGE_YEARS + " years"));
        }
        if (fields.preferredContactChannel() != null) {
            preferredChannelHasItsDetail(fields).ifPresent(violations::add);
        }
        MarketingChoices marketing = fields.marketingOptIns();
        if (marketing != null && Boolean.TRUE.equals(marketing.email()) && isBlank(fields.email())) {
            violations.add(FieldViolation.body("marketingOptIns.email", "opting in by email needs an email address"));
        }
        if (marketing != null && Boolean.TRUE.equals(marketing.sms()) && isBlank(fields.phone())) {
            violations.add(FieldViolation.body("marketingOptIns.sms", "opting in by SMS needs a phone number"));
        }
        if (fields.postalAddress() != null && fields.postalAddress().country() != null
                && fields.postalAddress().country().matches("[A-Z]{2}")
                && !COUNTRIES.contains(fields.postalAddress().country())) {
            violations.add(FieldViolation.body("postalAddress.country",
                    "is not an ISO 3166-1 alpha-2 country code"));
        }
        return violations;
    }

    private static Optional<FieldViolation> preferredChannelHasItsDetail(ClientFields fields) {
        String missing = switch (fields.preferredContactChannel()) {
            case EMAIL -> isBlank(fields.email()) ? "an email address" : null;
            case SMS, PHONE -> isBlank(fields.phone()) ? "a phone number" : null;
            case POST -> fields.postalAddress() == null ? "a postal address" : null;
        };
        return java.util.Optional.ofNullable(missing).map(detail -> FieldViolation.body("preferredContactChannel",
                fields.preferredContactChannel() + " needs " + detail));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
