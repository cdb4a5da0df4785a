package care.needlepoint.clients.client.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.client.api.ClientFields;
import care.needlepoint.clients.client.api.MarketingChoices;
import care.needlepoint.clients.client.api.PostalAddress;
import care.needlepoint.clients.platform.problem.FieldViolation;

class ClientRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final PostalAddress LONDON = new PostalAddress("12 Harley Street", null, "London", null, "W1G 9QD",
            "GB");

    private static ClientFields fields(LocalDate born, String email, String phone, PostalAddress address,
            ContactChannel channel, MarketingChoices marketing) {
        return new ClientFields("Amelia", "Okafor", null, born, email, phone, address, "Europe/London", channel,
                marketing, SkinType.III, Set.of(SkinConcern.ACNE_SCARS), null);
    }

    private static List<String> violatedFields(ClientFields fields) {
        return ClientRules.check(fields, TODAY).stream().map(FieldViolation::field).toList();
    }

    @Test
    void aCompleteConsistentRecordPasses() {
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), "a@example.com", "+447700900123", LONDON,
                ContactChannel.POST, new MarketingChoices(true, true)))).isEmpty();
    }

    @Test
    void aDateOfBirthMoreThan130YearsAgoIsATypingError() {
        assertThat(violatedFields(fields(TODAY.minusYears(130), null, null, null, null, null))).isEmpty();
        assertThat(violatedFields(fields(TODAY.minusYears(130).minusDays(1), null, null, null, null, null)))
                .containsExactly("dateOfBirth");
    }

    @Test
    void thePreferredChannelNeedsItsContactDetail() {
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), null, "+447700900123", null,
                ContactChannel.EMAIL, null))).containsExactly("preferredContactChannel");
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), "a@example.com", null, null,
                ContactChannel.SMS, null))).containsExactly("preferredContactChannel");
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), "a@example.com", null, null,
                ContactChannel.PHONE, null))).containsExactly("preferredContactChannel");
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), "a@example.com", "+447700900123", null,
                ContactChannel.POST, null))).containsExactly("preferredContactChannel");
    }

    @Test
    void optingInNeedsTheChannelsContactDetail() {
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), null, null, null, null,
                new MarketingChoices(true, true)))).containsExactly("marketingOptIns.email", "marketingOptIns.sms");
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), null, null, null, null,
                new MarketingChoices(false, false)))).isEmpty();
    }

    @Test
    void theCountryMustBeARealIsoCode() {
        PostalAddress nowhere = new PostalAddress("1 Main St", null, "Springfield", null, null, "XX");
        assertThat(violatedFields(fields(LocalDate.of(1988, 4, 17), null, null, nowhere, null, null)))
                .containsExactly("postalAddress.country");
    }
}
