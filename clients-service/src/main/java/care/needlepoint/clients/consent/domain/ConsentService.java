package care.needlepoint.clients.consent.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditTrail;
import care.needlepoint.clients.audit.domain.AuditedRecord;
import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.client.persistence.ClientEntity;
import care.needlepoint.clients.client.persistence.ClientRepository;
import care.needlepoint.clients.consent.api.ConsentFields;
import care.needlepoint.clients.consent.api.ConsentStatusView;
import care.needlepoint.clients.consent.api.ConsentView;
import care.needlepoint.clients.consent.api.KindConsentStatusView;
import care.needlepoint.clients.consent.api.RevocationFields;
import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.CurrentDocument;
import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.KindStatus;
import care.needlepoint.clients.consent.persistence.ClientConsentEntity;
import care.needlepoint.clients.consent.persistence.ClientConsentRepository;
import care.needlepoint.clients.consent.persistence.ConsentDocumentEntity;
import care.needlepoint.clients.consent.persistence.ConsentDocumentRepository;
import care.needlepoint.clients.platform.paging.Cursor;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.persistence.UniqueViolations;
import care.needlepoint.clients.platform.problem.ProblemType;
import care.needlepoint.clients.platform.problem.Problems;
import care.needlepoint.clients.platform.security.CurrentUser;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recording, revoking and reading clients' consents; each public method is one transaction. Every read and write of
 * a client's consents through the API is audited in that transaction; {@link #validFor} and {@link #allFor} are for
 * other features of this service that audit their own reads.
 */
@ApplicationScoped
public class ConsentService {

    /** Named in V6__consent.sql; the last guard behind {@link #record}'s own look-up. */
    static final String ONE_STANDING_CONSENT = "client_consent_one_standing";

    @Inject
    ClientConsentRepository consents;

    @Inject
    ConsentDocumentRepository documents;

    @Inject
    ClientRepository clients;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ConsentConfig config;

    @Inject
    Clock clock;

    /**
     * Records a client's consent to a document version. Refused with 404 for an unknown client or document, 400 for a
     * signing time that cannot be right, and 409 when the client is not active, when the client signed another text
     * than the document's, or when the client already has a standing consent to this document.
     */
    @Transactional
    public ConsentView record(UUID clientId, ConsentFields fields) {
        // Shared lock: the client cannot be archived or erased between this check and the commit.
        ClientEntity client = clients.findByIdOptional(clientId, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> Problems.notFound("client", clientId));
        ConsentDocumentEntity document = documents.findByIdOptional(fields.documentId())
                .orElseThrow(() -> Problems.notFound("consent document", fields.documentId()));
        // Stored to the microsecond, as PostgreSQL keeps it, so that this answer and every later read agree.
        Instant signedAt = fields.signedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        Instant now = clock.instant();
        SigningTimePolicy.violation(signedAt, document.publishedAt, now, config.signedAtFutureTolerance())
                .ifPresent(message -> {
                    throw Problems.invalid("body", "signedAt", message);
                });
        if (client.status != ClientStatus.ACTIVE) {
            throw Problems.of(ProblemType.CONFLICT, "Client " + clientId + " is " + client.status
                    + "; consents are recorded only for active clients.");
        }
        if (fields.textSha256() != null && !fields.textSha256().equalsIgnoreCase(document.textSha256)) {
            throw Problems.of(ProblemType.CONFLICT, "The client signed a different text: textSha256 "
                    + fields.textSha256() + " is not the SHA-256 of consent document " + document.id + " ("
                    + document.kind + " version " + document.version + "), which is " + document.textSha256 + ".",
                    Map.of("documentTextSha256", document.textSha256));
        }
        consents.findStanding(clientId, document.id).ifPresent(standing -> {
            throw alreadyConsented(clientId, document, standing.id);
        });

        ClientConsentEntity consent = new ClientConsentEntity();
        consent.id = UUID.randomUUID();
        consent.clientId = clientId;
        consent.documentId = document.id;
        consent.kind = document.kind;
        consent.documentVersion = document.version;
        consent.signedAt = signedAt;
        consent.method = fields.method();
        consent.capturedBy = currentUser.subject();
        consent.recordedAt = now;
        consents.persist(consent);
        try {
            consents.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isViolationOf(e, ONE_STANDING_CONSENT)) {
                // A concurrent request recorded the same consent after our look-up; this transaction is spoilt, so
                // find the one that won in a new one.
                UUID standing = QuarkusTransaction.requiringNew().call(() -> consents.findStanding(clientId,
                        document.id).map(winner -> winner.id).orElse(null));
                throw alreadyConsented(clientId, document, standing);
            }
            throw e;
        }
        audit.record(AuditAction.CREATE, AuditedRecord.CONSENT, consent.id, clientId);
        return view(consent, documents.findCurrentVersions());
    }

    @Transactional
    public ConsentView get(UUID clientId, UUID consentId) {
        requireClient(clientId);
        ClientConsentEntity consent = consents.findForClient(clientId, consentId)
                .orElseThrow(() -> consentNotFound(clientId, consentId));
        audit.record(AuditAction.READ, AuditedRecord.CONSENT, consent.id, clientId);
        return view(consent, documents.findCurrentVersions());
    }

    /** One page of the client's consents, newest signature first; each consent shown is audited. */
    @Transactional
    public Page<ConsentView> list(UUID clientId, String cursor, int limit) {
        requireClient(clientId);
        List<ClientConsentEntity> rows;
        if (cursor == null) {
            rows = consents.findFirstPage(clientId, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 3);
            rows = consents.findPageAfter(clientId, instantOf(after.get(0)), instantOf(after.get(1)),
                    Cursor.uuid(after.get(2)), limit + 1);
        }
        Map<ConsentKind, CurrentDocument> current = documents.findCurrentVersions();
        Page<ConsentView> page = Page.from(rows, limit, row -> view(row, current),
                last -> List.of(last.signedAt.toString(), last.recordedAt.toString(), last.id.toString()));
        audit.recordAll(AuditAction.LIST, AuditedRecord.CONSENT,
                page.items().stream().map(shown -> new AuditTrail.Subject(shown.id(), clientId)).toList());
        return page;
    }

    /**
     * Revokes a standing consent (409 if it already was). Possible whatever the client's status: withdrawing consent
     * must stay as easy as giving it, also for archived clients.
     */
    @Transactional
    public ConsentView revoke(UUID clientId, UUID consentId, RevocationFields fields) {
        requireClient(clientId);
        ClientConsentEntity consent = consents.findForClientForUpdate(clientId, consentId)
                .orElseThrow(() -> consentNotFound(clientId, consentId));
        if (consent.isRevoked()) {
            throw Problems.of(ProblemType.CONFLICT, "Consent " + consentId + " was already revoked at "
                    + consent.revokedAt + " by " + consent.revokedBy + ".");
        }
        consent.revokedAt = clock.instant();
        consent.revokedBy = currentUser.subject();
        consent.revocationReason = fields.reason().strip();
        consents.flush();
        audit.record(AuditAction.REVOKE, AuditedRecord.CONSENT, consent.id, clientId);
        return view(consent, documents.findCurrentVersions());
    }

    /** Where the client stands with every kind (see {@link ConsentStatusPolicy}); audited as one read. */
    @Transactional
    public ConsentStatusView status(UUID clientId) {
        requireClient(clientId);
        List<KindConsentStatusView> kinds = statuses(clientId, documents.findCurrentVersions()).stream()
                .map(KindConsentStatusView::of).toList();
        audit.record(AuditAction.READ, AuditedRecord.CONSENT_STATUS, clientId, clientId);
        return new ConsentStatusView(clientId, kinds);
    }

    /**
     * The client's valid consents: for each kind whose status is VALID, the consent that makes it so; at most one per
     * kind, in kind order. Empty for a client without any (or an unknown id). Not audited: the caller audits.
     */
    @Transactional
    public List<ConsentView> validFor(UUID clientId) {
        // One read of the current documents for both the status and the views: booking facts ask on every booking.
        Map<ConsentKind, CurrentDocument> current = documents.findCurrentVersions();
        List<UUID> valid = statuses(clientId, current).stream()
                .filter(status -> status.state() == KindConsentState.VALID)
                .map(status -> status.deciding().id())
                .toList();
        return valid.stream().map(id -> view(consents.findById(id), current)).toList();
    }

    /**
     * Every consent of the client, revoked and outdated ones included, oldest signature first. Empty for a client
     * without any (or an unknown id). Not audited: the caller audits.
     */
    @Transactional
    public List<ConsentView> allFor(UUID clientId) {
        Map<ConsentKind, CurrentDocument> current = documents.findCurrentVersions();
        return consents.findAllForClient(clientId).stream().map(consent -> view(consent, current)).toList();
    }

    private List<KindStatus> statuses(UUID clientId, Map<ConsentKind, CurrentDocument> current) {
        List<ConsentStatusPolicy.Consent> facts = consents.findAllForClient(clientId).stream()
                .map(consent -> new ConsentStatusPolicy.Consent(consent.id, consent.kind, consent.documentVersion,
                        consent.signedAt, consent.recordedAt, consent.isRevoked()))
                .toList();
        return Arrays.stream(ConsentKind.values())
                .map(kind -> ConsentStatusPolicy.statusOf(kind, current.get(kind), facts))
                .toList();
    }

    private void requireClient(UUID clientId) {
        if (clients.findByIdOptional(clientId).isEmpty()) {
            throw Problems.notFound("client", clientId);
        }
    }

    private static ConsentView view(ClientConsentEntity consent, Map<ConsentKind, CurrentDocument> current) {
        // A consent names a document, so its kind always has a current version.
        int currentVersion = Optional.ofNullable(current.get(consent.kind)).map(CurrentDocument::version)
                .orElse(consent.documentVersion);
        return ConsentView.of(consent,
                ConsentStatusPolicy.stateOf(consent.isRevoked(), consent.documentVersion, currentVersion));
    }

    private static HttpProblem consentNotFound(UUID clientId, UUID consentId) {
        return Problems.of(ProblemType.NOT_FOUND, "No consent with id " + consentId + " for client " + clientId + ".");
    }

    private static HttpProblem alreadyConsented(UUID clientId, ConsentDocumentEntity document, UUID standingId) {
        return Problems.of(ProblemType.CONFLICT, "Client " + clientId + " already has a standing consent "
                + standingId + " to consent document " + document.id + " (" + document.kind + " version "
                + document.version + "); revoke it first to record a new one.",
                standingId == null ? Map.of() : Map.of("consentId", standingId));
    }

    private static Instant instantOf(String cursorValue) {
        try {
            return Instant.parse(cursorValue);
        } catch (DateTimeParseException e) {
            throw ConsentDocumentService.notOurCursor();
        }
    }
}
