package care.needlepoint.clients.consent.domain;

import static care.needlepoint.clients.consent.domain.ConsentKind.MARKETING;
import static care.needlepoint.clients.consent.domain.ConsentKind.MICRONEEDLING_TREATMENT;
import static care.needlepoint.clients.consent.domain.ConsentKind.PHOTOGRAPHY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.Consent;
import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.CurrentDocument;
import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.KindStatus;

class ConsentStatusPolicyTest {

    private static final Instant JAN = Instant.parse("2026-01-15T10:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-15T10:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-15T10:00:00Z");
    private static final CurrentDocument V2 = new CurrentDocument(UUID.randomUUID(), 2);

    private static Consent consent(ConsentKind kind, int version, Instant signedAt, boolean revoked) {
        return new Consent(UUID.randomUUID(), kind, version, signedAt, signedAt.plusSeconds(60), revoked);
    }

    private static KindStatus treatment(List<Consent> consents) {
        return ConsentStatusPolicy.statusOf(MICRONEEDLING_TREATMENT, V2, consents);
    }

    @Test
    void aConsentIsValidOutdatedOrRevoked() {
        assertThat(ConsentStatusPolicy.stateOf(false, 2, 2)).isEqualTo(ConsentState.VALID);
        assertThat(ConsentStatusPolicy.stateOf(false, 1, 2)).isEqualTo(ConsentState.OUTDATED);
        assertThat(ConsentStatusPolicy.stateOf(true, 2, 2)).isEqualTo(ConsentState.REVOKED);
        assertThat(ConsentStatusPolicy.stateOf(true, 1, 2)).isEqualTo(ConsentState.REVOKED);
    }

    @Test
    void withoutAPublishedDocumentTheKindHasNoDocument() {
        KindStatus status = ConsentStatusPolicy.statusOf(PHOTOGRAPHY, null, List.of());
        assertThat(status.state()).isEqualTo(KindConsentState.NO_DOCUMENT);
        assertThat(status.current()).isNull();
        assertThat(status.deciding()).isNull();
    }

    @Test
    void withoutAConsentOfTheKindItIsMissing() {
        KindStatus status = treatment(List.of(consent(PHOTOGRAPHY, 2, JAN, false), consent(MARKETING, 2, JAN, false)));
        assertThat(status.state()).isEqualTo(KindConsentState.MISSING);
        assertThat(status.current()).isEqualTo(V2);
        assertThat(status.deciding()).isNull();
    }

    @Test
    void aStandingConsentToTheCurrentVersionIsValid() {
        Consent valid = consent(MICRONEEDLING_TREATMENT, 2, JAN, false);
        KindStatus status = treatment(List.of(valid));
        assertThat(status.state()).isEqualTo(KindConsentState.VALID);
        assertThat(status.deciding()).isEqualTo(valid);
    }

    @Test
    void aConsentToAnOlderVersionIsOutdated() {
        Consent old = consent(MICRONEEDLING_TREATMENT, 1, JAN, false);
        assertThat(treatment(List.of(old)).state()).isEqualTo(KindConsentState.OUTDATED);
    }

    @Test
    void aValidConsentWinsOverAnOlderRevokedOne() {
        Consent revoked = consent(MICRONEEDLING_TREATMENT, 2, JAN, true);
        Consent valid = consent(MICRONEEDLING_TREATMENT, 2, FEB, false);
        KindStatus status = treatment(List.of(revoked, valid));
        assertThat(status.state()).isEqualTo(KindConsentState.VALID);
        assertThat(status.deciding()).isEqualTo(valid);
    }

    @Test
    void revokingTheNewestConsentToTheCurrentVersionMakesTheKindRevoked() {
        Consent older = consent(MICRONEEDLING_TREATMENT, 2, JAN, false);
        Consent newerRevoked = consent(MICRONEEDLING_TREATMENT, 2, FEB, true);
        KindStatus status = treatment(List.of(older, newerRevoked));
        assertThat(status.state()).isEqualTo(KindConsentState.REVOKED);
        assertThat(status.deciding()).isEqualTo(newerRevoked);
    }

    @Test
    void aConsentToTheCurrentVersionOutranksANewerOneToAnOlderVersion() {
        Consent current = consent(MICRONEEDLING_TREATMENT, 2, JAN, false);
        Consent latePaperForm = consent(MICRONEEDLING_TREATMENT, 1, MAR, false);
        KindStatus status = treatment(List.of(latePaperForm, current));
        assertThat(status.state()).isEqualTo(KindConsentState.VALID);
        assertThat(status.deciding()).isEqualTo(current);
    }

    @Test
    void aRevokedConsentToTheCurrentVersionOutranksANewerOneToAnOlderVersion() {
        Consent revoked = consent(MICRONEEDLING_TREATMENT, 2, JAN, true);
        Consent latePaperForm = consent(MICRONEEDLING_TREATMENT, 1, MAR, false);
        assertThat(treatment(List.of(latePaperForm, revoked)).state()).isEqualTo(KindConsentState.REVOKED);
    }

    @Test
    void amongConsentsToOlderVersionsTheNewestDecides() {
        Consent revokedFirst = consent(MICRONEEDLING_TREATMENT, 1, JAN, true);
        Consent signedAgain = consent(MICRONEEDLING_TREATMENT, 1, FEB, false);
        assertThat(treatment(List.of(revokedFirst, signedAgain)).state()).isEqualTo(KindConsentState.OUTDATED);

        Consent signedFirst = consent(MICRONEEDLING_TREATMENT, 1, JAN, false);
        Consent revokedLater = consent(MICRONEEDLING_TREATMENT, 1, FEB, true);
        KindStatus status = treatment(List.of(signedFirst, revokedLater));
        assertThat(status.state()).isEqualTo(KindConsentState.REVOKED);
        assertThat(status.deciding()).isEqualTo(revokedLater);
    }

    @Test
    void consentsOfOtherKindsDoNotCount() {
        KindStatus status = treatment(List.of(consent(MICRONEEDLING_TREATMENT, 1, JAN, false),
                consent(PHOTOGRAPHY, 2, FEB, false)));
        assertThat(status.state()).isEqualTo(KindConsentState.OUTDATED);
    }

    @Test
    void equalSigningTimesAreBrokenByRecordingTimeThenId() {
        Consent recordedFirst = new Consent(UUID.fromString("ffffffff-0000-4000-8000-000000000000"),
                MICRONEEDLING_TREATMENT, 2, JAN, JAN.plusSeconds(10), true);
        Consent recordedLater = new Consent(UUID.fromString("00000000-0000-4000-8000-000000000000"),
                MICRONEEDLING_TREATMENT, 2, JAN, JAN.plusSeconds(20), false);
        assertThat(treatment(List.of(recordedFirst, recordedLater)).deciding()).isEqualTo(recordedLater);

        // PostgreSQL orders uuids by unsigned bytes: 8... is greater than 0..., though Java's compareTo says otherwise.
        Consent low = new Consent(UUID.fromString("00000000-0000-4000-8000-000000000000"),
                MICRONEEDLING_TREATMENT, 2, JAN, JAN, false);
        Consent high = new Consent(UUID.fromString("80000000-0000-4000-8000-000000000000"),
                MICRONEEDLING_TREATMENT, 2, JAN, JAN, true);
        assertThat(treatment(List.of(low, high)).deciding()).isEqualTo(high);
    }
}
