package care.needlepoint.clients.screening.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditTrail;
import care.needlepoint.clients.audit.domain.AuditedRecord;
import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.client.persistence.ClientEntity;
import care.needlepoint.clients.client.persistence.ClientRepository;
import care.needlepoint.clients.platform.paging.Cursor;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.problem.FieldViolation;
import care.needlepoint.clients.platform.problem.ProblemType;
import care.needlepoint.clients.platform.problem.Problems;
import care.needlepoint.clients.platform.security.CurrentUser;
import care.needlepoint.clients.screening.api.ScreeningAnswers;
import care.needlepoint.clients.screening.api.ScreeningStatusView;
import care.needlepoint.clients.screening.api.ScreeningView;
import care.needlepoint.clients.screening.persistence.ScreeningEntity;
import care.needlepoint.clients.screening.persistence.ScreeningRepository;

/**
 * Recording and reading contraindication screenings. Each public method is one transaction; every read and write
 * through the API is audited in it. The service stores answers and says whether they are current; judging them
 * against a treatment is treatments-service's business.
 */
@ApplicationScoped
public class ScreeningService {

    /** The questionnaire of docs/domain.md that {@link ScreeningAnswers} follows. */
    public static final short QUESTIONNAIRE_VERSION = 1;

    @Inject
    ScreeningRepository screenings;

    @Inject
    ClientRepository clients;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ScreeningConfig config;

    @Inject
    Clock clock;

    /**
     * Records a screening for an ACTIVE client, by the caller, now. Inconsistent answers are a 400 naming every
     * offending field; an unknown client a 404; a client who is not ACTIVE a 409.
     */
    @Transactional
    public ScreeningView record(UUID clientId, ScreeningAnswers answers) {
        Instant now = clock.instant();
        List<FieldViolation> violations = ScreeningConsistency.violations(answers,
                ScreeningConsistency.latestDateOnEarth(now));
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        // FOR SHARE: an archive or erasure running now waits for this insert instead of slipping in after the check.
        ClientEntity client = clients.findByIdOptional(clientId, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> Problems.notFound("client", clientId));
        if (client.status != ClientStatus.ACTIVE) {
            throw Problems.of(ProblemType.CONFLICT, "Client " + clientId + " is " + client.status
                    + "; screenings are recorded only for ACTIVE clients.");
        }
        ScreeningEntity screening = new ScreeningEntity();
        screening.id = UUID.randomUUID();
        screening.clientId = clientId;
        screening.questionnaireVersion = QUESTIONNAIRE_VERSION;
        screening.answers = answers;
        screening.recordedAt = now;
        screening.recordedBy = currentUser.subject();
        screenings.persist(screening);
        audit.record(AuditAction.CREATE, AuditedRecord.SCREENING, screening.id, clientId);
        return view(screening, screening.id, now);
    }

    /** One page of the client's screenings, newest first. */
    @Transactional
    public Page<ScreeningView> history(UUID clientId, String cursor, int limit) {
        requireClient(clientId);
        List<ScreeningEntity> rows;
        if (cursor == null) {
            rows = screenings.findHistoryFirstPage(clientId, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 2);
            rows = screenings.findHistoryPageAfter(clientId, instant(after.get(0)), Cursor.uuid(after.get(1)),
                    limit + 1);
        }
        UUID latestId = latestId(clientId);
        Instant now = clock.instant();
        Page<ScreeningView> page = Page.from(rows, limit, row -> view(row, latestId, now),
                last -> List.of(last.recordedAt.toString(), last.id.toString()));
        audit.recordAll(AuditAction.LIST, AuditedRecord.SCREENING,
                page.items().stream().map(shown -> new AuditTrail.Subject(shown.id(), clientId)).toList());
        return page;
    }

    /** The client's newest screening, CURRENT or EXPIRED; 404 when none was ever recorded. */
    @Transactional
    public ScreeningView latest(UUID clientId) {
        requireClient(clientId);
        ScreeningEntity latest = screenings.findLatestForClient(clientId).orElseThrow(() -> Problems.of(
                ProblemType.NOT_FOUND, "No screening has been recorded for client " + clientId + "."));
        audit.record(AuditAction.READ, AuditedRecord.SCREENING, latest.id, clientId);
        return view(latest, latest.id, clock.instant());
    }

    @Transactional
    public ScreeningView get(UUID clientId, UUID screeningId) {
        requireClient(clientId);
        ScreeningEntity screening = screenings.findForClient(clientId, screeningId).orElseThrow(() -> Problems.of(
                ProblemType.NOT_FOUND, "No screening with id " + screeningId + " for client " + clientId + "."));
        audit.record(AuditAction.READ, AuditedRecord.SCREENING, screening.id, clientId);
        return view(screening, latestId(clientId), clock.instant());
    }

    /** Whether the client has a current screening, without its answers. */
    @Transactional
    public ScreeningStatusView status(UUID clientId) {
        requireClient(clientId);
        Optional<ScreeningEntity> latest = screenings.findLatestForClient(clientId);
        // With no screening, the record read is the client's (lack of) screening: the trail names the client.
        audit.record(AuditAction.READ, AuditedRecord.SCREENING_STATUS, latest.map(s -> s.id).orElse(clientId),
                clientId);
        Instant now = clock.instant();
        Instant recordedAt = latest.map(s -> s.recordedAt).orElse(null);
        return new ScreeningStatusView(clientId,
                ScreeningValidity.clientStateOf(recordedAt, config.validFor(), now),
                latest.map(s -> s.id).orElse(null), recordedAt,
                recordedAt == null ? null : ScreeningValidity.expiresAt(recordedAt, config.validFor()));
    }

    /**
     * The client's newest screening with its state, for other features of this service (booking facts, export).
     * Not audited: the caller audits, as the record it reads for its own purpose. Does not check that the client
     * exists.
     */
    @Transactional
    public Optional<ScreeningView> latestFor(UUID clientId) {
        return screenings.findLatestForClient(clientId).map(latest -> view(latest, latest.id, clock.instant()));
    }

    /**
     * Every screening of the client, oldest first, each with its state, for other features of this service (export).
     * Not audited: the caller audits. Does not check that the client exists.
     */
    @Transactional
    public List<ScreeningView> allFor(UUID clientId) {
        List<ScreeningEntity> all = screenings.findAllForClientOldestFirst(clientId);
        if (all.isEmpty()) {
            return List.of();
        }
        UUID latestId = all.get(all.size() - 1).id;
        Instant now = clock.instant();
        return all.stream().map(screening -> view(screening, latestId, now)).toList();
    }

    private void requireClient(UUID clientId) {
        if (clients.findByIdOptional(clientId).isEmpty()) {
            throw Problems.notFound("client", clientId);
        }
    }

    private UUID latestId(UUID clientId) {
        return screenings.findLatestForClient(clientId).map(latest -> latest.id).orElse(null);
    }

    private ScreeningView view(ScreeningEntity screening, UUID latestId, Instant now) {
        return new ScreeningView(screening.id, screening.clientId, screening.questionnaireVersion, screening.answers,
                screening.recordedAt, screening.recordedBy,
                ScreeningValidity.expiresAt(screening.recordedAt, config.validFor()),
                ScreeningValidity.stateOf(screening.recordedAt, !screening.id.equals(latestId), config.validFor(),
                        now));
    }

    /** A cursor's instant; anything else is the same 400 as any cursor this service did not issue. */
    private static Instant instant(String sortKeyValue) {
        try {
            return Instant.parse(sortKeyValue);
        } catch (DateTimeParseException e) {
            throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
        }
    }
}
