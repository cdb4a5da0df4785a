package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.treatments.clients.BookingFacts;
import care.needlepoint.treatments.clients.ClientsService;
import care.needlepoint.treatments.clinic.ClinicConfig;
import care.needlepoint.treatments.course.domain.CourseService;
import care.needlepoint.treatments.course.domain.CourseStatus;
import care.needlepoint.treatments.course.persistence.CourseAreaRow;
import care.needlepoint.treatments.course.persistence.CourseEntity;
import care.needlepoint.treatments.platform.http.EntityTags;
import care.needlepoint.treatments.platform.paging.Cursor;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.problem.FieldViolation;
import care.needlepoint.treatments.platform.problem.ProblemType;
import care.needlepoint.treatments.platform.problem.Problems;
import care.needlepoint.treatments.platform.security.CurrentUser;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;
import care.needlepoint.treatments.protocol.domain.ProtocolService;
import care.needlepoint.treatments.session.api.AmendmentFields;
import care.needlepoint.treatments.session.api.OverrideFields;
import care.needlepoint.treatments.session.api.SessionAreaFields;
import care.needlepoint.treatments.session.api.SessionFields;
import care.needlepoint.treatments.session.persistence.SessionAmendmentEntity;
import care.needlepoint.treatments.session.persistence.SessionAmendmentRepository;
import care.needlepoint.treatments.session.persistence.SessionAreaRow;
import care.needlepoint.treatments.session.persistence.SessionEntity;
import care.needlepoint.treatments.session.persistence.SessionOverrideRow;
import care.needlepoint.treatments.session.persistence.SessionRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Charting sessions with needle-depth governance, amending them, and reading them and the depth history. Each public
 * method is one transaction; charting holds the course's lock, so two sessions of one course are charted one after
 * the other. Every check runs before anything is stored: a refusal changes nothing.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    private static final TypeReference<LinkedHashMap<String, Amendable.Change>> CHANGES = new TypeReference<>() {
    };
    private static final TypeReference<List<ChartingDecision.RequestedOverride>> OVERRIDES =
            new TypeReference<>() {
            };

    @Inject
    CourseService courses;

    @Inject
    ProtocolService protocols;

    @Inject
    SessionRepository sessions;

    @Inject
    SessionAmendmentRepository amendments;

    @Inject
    ClientsService clients;

    @Inject
    ChartingConfig config;

    @Inject
    ClinicConfig clinic;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** What clients-service said of a course's client before its session is charted; empty when it knows none. */
    public record ClientFacts(Optional<BookingFacts> facts) {
    }

    /**
     * The client's screening and consent for charting on {@code courseId}, read before the charting transaction: the
     * course in a short read (404 without it, 409 when it cannot be charted), then clients-service with no transaction
     * open, so that no database connection waits on it. {@link #record} locks the course and judges them.
     */
    public ClientFacts clientFactsFor(UUID courseId) {
        UUID clientId = QuarkusTransaction.joiningExisting().call(() -> {
            CourseEntity course = courses.find(courseId);
            requireChartable(course);
            return course.clientId;
        });
        return new ClientFacts(clients.bookingFacts(clientId, currentUser.subject()));
    }

    private static void requireChartable(CourseEntity course) {
        if (!course.status.chartable()) {
            throw Problems.of(ProblemType.CONFLICT, "The course is " + course.status + "; sessions can be charted on "
                    + "PLANNED, ACTIVE and MAINTENANCE courses only.");
        }
    }

    /**
     * Charts a session on the course, judging the client's facts that {@link #clientFactsFor} read (it answers the 503
     * when clients-service cannot confirm them): 404 without the course, 409 unless it is PLANNED, ACTIVE or in
     * MAINTENANCE, 400 for fields that do not fit the course, and 422 with {@code reasons} when a charting rule refuses
     * and nothing in the request resolves it.
     * Moves the course on: ACTIVE at its first session, COMPLETED (then MAINTENANCE when the protocol has it) at its
     * last planned one.
     */
    @Transactional
    public ChartedSession record(UUID courseId, SessionFields fields, ClientFacts checked) {
        CourseEntity course = courses.lockForCharting(courseId);
        requireChartable(course);
        ProtocolDefinition protocol = protocols.version(course.protocolId, course.protocolVersion).definition();
        List<SessionEntity> earlier = sessions.findAllOfCourse(courseId);
        Instant now = clock.instant();
        Instant performedAt = fields.performedAt().toInstant();
        requireFits(fields, course, earlier, now);

        List<ChartedArea> charted = fields.areas().stream()
                .map(a -> new ChartedArea(a.area(), a.deviceType(), a.depthMm())).toList();
        String subject = currentUser.subject();
        BookingFacts facts = checked.facts().orElseThrow(() -> refused(List.of(Refusal.absolute("client-unknown",
                null, "clients-service no longer knows client " + course.clientId + "."))));
        LocalDate day = LocalDate.ofInstant(performedAt, clinic.timeZone());
        List<Refusal> refusals = new ArrayList<>();
        refusals.addAll(TreatmentFactsPolicy.check(facts, protocol, charted.stream().map(ChartedArea::area).toList(),
                day));
        refusals.addAll(DepthRangePolicy.check(protocol, charted));
        refusals.addAll(DepthStepPolicy.check(previousDepths(course, earlier), charted, config.maxDepthStep()));
        refusals.addAll(HomeDepthPolicy.check(protocol.setting(), charted));
        refusals.addAll(NumbingDwellPolicy.check(protocol.numbing(), charted,
                fields.numbing() == null ? null : fields.numbing().dwellMinutes()));

        List<ChartingDecision.RequestedOverride> requested = fields.overrides() == null ? List.of()
                : fields.overrides().stream().map(o -> new ChartingDecision.RequestedOverride(o.code(), o.area(),
                        o.reason().strip())).toList();
        Set<String> acknowledged = fields.acknowledgedWarnings() == null ? Set.of()
                : new HashSet<>(fields.acknowledgedWarnings());
        ChartingDecision decision = ChartingDecision.decide(refusals, requested, acknowledged,
                Set.copyOf(protocol.overridableRefusals()));
        if (!decision.unmatched().isEmpty()) {
            throw Problems.invalid(decision.unmatched().stream().map(i -> FieldViolation.body("overrides[" + i
                    + "].code", "names no refusal of this session" + (requested.get(i).area() == null ? ""
                            : " on " + requested.get(i).area()) + "; override only what a 422 listed with "
                            + "resolution OVERRIDE")).toList());
        }
        if (!decision.remaining().isEmpty()) {
            throw refused(decision.remaining());
        }

        SessionEntity session = new SessionEntity();
        session.id = UUID.randomUUID();
        session.courseId = courseId;
        session.sequence = earlier.size() + 1;
        session.kind = course.status == CourseStatus.MAINTENANCE ? SessionKind.MAINTENANCE : SessionKind.SERIES;
        session.appointmentId = fields.appointmentId();
        session.performedAt = performedAt;
        session.practitioner = subject;
        if (fields.numbing() != null) {
            session.numbingAgent = fields.numbing().agent().strip();
            session.numbingAppliedAt = fields.numbing().appliedAt().toInstant();
            session.numbingDwellMinutes = fields.numbing().dwellMinutes();
        }
        session.serums = fields.serums() == null ? new ArrayList<>()
                : new ArrayList<>(fields.serums().stream().map(String::strip).toList());
        session.immediateReaction = fields.immediateReaction();
        session.notes = fields.notes();
        session.aftercareGiven = fields.aftercareGiven();
        session.acknowledgedWarnings = new ArrayList<>(decision.acknowledged());
        session.screeningId = facts.screening().id();
        session.consentId = facts.treatmentConsent().orElseThrow().id();
        session.recordedAt = now;
        for (SessionAreaFields area : fields.areas()) {
            SessionAreaRow row = new SessionAreaRow();
            row.area = area.area();
            row.deviceType = area.deviceType();
            row.depthMm = area.depthMm();
            row.needleConfiguration = area.needleConfiguration().strip();
            row.passes = area.passes();
            row.directions = new ArrayList<>(area.directions().stream().distinct().map(Enum::name).toList());
            row.endpoint = area.endpoint();
            session.areas.add(row);
        }
        for (ChartingDecision.RequestedOverride override : decision.applied()) {
            session.overrides.add(SessionOverrideRow.of(override.code(), override.area(), override.reason()));
            LOG.infof("Override %s%s by %s on session %s of course %s: %s", override.code(),
                    override.area() == null ? "" : " (" + override.area() + ")", subject, session.id, courseId,
                    override.reason());
        }
        sessions.persist(session);
        advance(course, session, protocol, subject, now);
        sessions.flush();
        return new ChartedSession(session, original(session), original(session), List.of());
    }

    /**
     * Corrects a session: the fields given that differ are changed, the original stays readable. Requires the
     * session's current version (412 otherwise); an amendment that changes nothing is a 400. Corrected area values
     * must pass the depth and numbing policies again, against the depths before this session and with the course's
     * protocol version, resolved by the session's standing overrides and the amendment's own: a 422 with reasons
     * otherwise, and nothing stored. The client's screening, consent and contraindications are not judged again: they
     * depend on the day and the treated areas, which an amendment does not change.
     */
    @Transactional
    public ChartedSession amend(UUID courseId, UUID sessionId, long expectedVersion, AmendmentFields fields) {
        CourseEntity course = courses.lockForCharting(courseId);
        SessionEntity session = sessions.findInCourse(courseId, sessionId).orElseThrow(() -> sessionNotFound(
                courseId, sessionId));
        ChartedSession before = charted(session);
        if (before.version() != expectedVersion) {
            throw EntityTags.stale(before.version());
        }
        requireAmendmentFits(fields, before.current());
        List<AreaValues> corrected = fields.areas() == null ? null
                : fields.areas().stream().map(SessionService::areaValues).toList();
        Map<String, Amendable.Change> changes = before.current().changesTo(fields.appointmentId(), fields.serums()
                == null ? null : fields.serums().stream().map(String::strip).toList(), fields.immediateReaction(),
                fields.notes(), fields.aftercareGiven());
        Map<String, Amendable.Change> areaChanges = before.current().areaChangesTo(corrected);
        changes.putAll(areaChanges);
        if (changes.isEmpty()) {
            throw Problems.invalid("body", "(body)", "changes nothing: give at least one of appointmentId, serums, "
                    + "immediateReaction, notes, aftercareGiven or areas with a new value");
        }
        List<ChartingDecision.RequestedOverride> applied = List.of();
        if (!areaChanges.isEmpty()) {
            applied = judgeCorrection(course, session, before, fields);
        } else if (fields.overrides() != null && !fields.overrides().isEmpty()) {
            throw Problems.invalid("body", "overrides", "only with corrected areas whose values a charting rule "
                    + "refuses; this amendment changes no area's values");
        }
        SessionAmendmentEntity amendment = new SessionAmendmentEntity();
        amendment.id = UUID.randomUUID();
        amendment.sessionId = sessionId;
        amendment.sequence = before.amendments().size() + 1;
        amendment.amendedAt = clock.instant();
        amendment.amendedBy = currentUser.subject();
        amendment.reason = fields.reason().strip();
        try {
            amendment.changes = json.writeValueAsString(changes);
            amendment.overrides = json.writeValueAsString(applied);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not record an amendment's changes", e);
        }
        for (ChartingDecision.RequestedOverride override : applied) {
            LOG.infof("Override %s%s by %s in amendment %d of session %s of course %s: %s", override.code(),
                    override.area() == null ? "" : " (" + override.area() + ")", amendment.amendedBy,
                    amendment.sequence, sessionId, courseId, override.reason());
        }
        amendments.persist(amendment);
        amendments.flush();
        return charted(session);
    }

    /**
     * The charting policies on the session as corrected: the overrides of the amendment that resolved a refusal, or
     * a 400 (an override of nothing) or 422 (a refusal nothing resolves).
     */
    private List<ChartingDecision.RequestedOverride> judgeCorrection(CourseEntity course, SessionEntity session,
            ChartedSession before, AmendmentFields fields) {
        ProtocolDefinition protocol = protocols.version(course.protocolId, course.protocolVersion).definition();
        Amendable corrected = before.current().apply(before.current().areaChangesTo(fields.areas().stream()
                .map(SessionService::areaValues).toList()));
        List<ChartedArea> charted = corrected.areas().stream().map(AreaValues::charted).toList();
        List<SessionEntity> earlier = sessions.findAllOfCourse(course.id).stream()
                .filter(other -> other.sequence < session.sequence).toList();
        List<Refusal> refusals = new ArrayList<>();
        refusals.addAll(DepthRangePolicy.check(protocol, charted));
        refusals.addAll(DepthStepPolicy.check(previousDepths(course, earlier), charted, config.maxDepthStep()));
        refusals.addAll(HomeDepthPolicy.check(protocol.setting(), charted));
        refusals.addAll(NumbingDwellPolicy.check(protocol.numbing(), charted, session.numbingDwellMinutes));

        List<ChartingDecision.RequestedOverride> requested = fields.overrides() == null ? List.of()
                : fields.overrides().stream().map(o -> new ChartingDecision.RequestedOverride(o.code(), o.area(),
                        o.reason().strip())).toList();
        List<ChartingDecision.RequestedOverride> standing = new ArrayList<>();
        session.overrides.forEach(o -> standing.add(new ChartingDecision.RequestedOverride(o.code, o.area,
                o.reason)));
        before.amendments().forEach(a -> standing.addAll(a.overrides()));
        List<ChartingDecision.RequestedOverride> all = new ArrayList<>(requested);
        all.addAll(standing);
        Set<String> overridable = Set.copyOf(protocol.overridableRefusals());
        ChartingDecision decision = ChartingDecision.decide(refusals, all, Set.of(), overridable);
        // Standing overrides need not match anything any more (the correction may have removed their refusal);
        // only the amendment's own must.
        List<Integer> unmatched = decision.unmatched().stream().filter(i -> i < requested.size()).toList();
        if (!unmatched.isEmpty()) {
            throw Problems.invalid(unmatched.stream().map(i -> FieldViolation.body("overrides[" + i + "].code",
                    "names no refusal of the corrected session" + (requested.get(i).area() == null ? ""
                            : " on " + requested.get(i).area()) + "; override only what a 422 listed with "
                            + "resolution OVERRIDE")).toList());
        }
        if (!decision.remaining().isEmpty()) {
            throw refused("The amendment was not recorded: ", decision.remaining());
        }
        // Of the amendment's overrides, those that resolved a refusal of the corrected values.
        return ChartingDecision.decide(refusals, requested, Set.of(), overridable).applied();
    }

    /** The amendment's fields against the session: every mismatch at once, each naming its field. */
    private static void requireAmendmentFits(AmendmentFields fields, Amendable current) {
        List<FieldViolation> violations = new ArrayList<>();
        if (fields.areas() != null) {
            List<BodyArea> treated = current.areas().stream().map(AreaValues::area).toList();
            Set<BodyArea> seen = new HashSet<>();
            for (int i = 0; i < fields.areas().size(); i++) {
                BodyArea area = fields.areas().get(i).area();
                if (!seen.add(area)) {
                    violations.add(FieldViolation.body("areas[" + i + "].area", area + " is listed more than once"));
                } else if (!treated.contains(area)) {
                    violations.add(FieldViolation.body("areas[" + i + "].area", "must be one of the session's "
                            + "treated areas " + treated + "; which areas were treated cannot be amended"));
                }
            }
        }
        if (fields.overrides() != null) {
            for (int i = 0; i < fields.overrides().size(); i++) {
                if (!Refusal.OVERRIDABLE.contains(fields.overrides().get(i).code())) {
                    violations.add(FieldViolation.body("overrides[" + i + "].code", "must be one of the "
                            + "overridable codes " + Refusal.OVERRIDABLE.stream().sorted().toList()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
    }

    private static AreaValues areaValues(SessionAreaFields area) {
        return new AreaValues(area.area(), area.deviceType(), area.depthMm().setScale(2, RoundingMode.UNNECESSARY),
                area.needleConfiguration().strip(), area.passes(), area.directions().stream().distinct().toList(),
                area.endpoint());
    }

    @Transactional
    public ChartedSession get(UUID courseId, UUID sessionId) {
        courses.find(courseId);
        return charted(sessions.findInCourse(courseId, sessionId).orElseThrow(() -> sessionNotFound(courseId,
                sessionId)));
    }

    /** One page of the course's sessions in order. */
    @Transactional
    public Page<ChartedSession> list(UUID courseId, String cursor, int limit) {
        courses.find(courseId);
        int after = 0;
        if (cursor != null) {
            String value = Cursor.decode(cursor, 1).get(0);
            if (!value.matches("[1-9][0-9]{0,8}")) {
                throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without "
                        + "it");
            }
            after = Integer.parseInt(value);
        }
        return Page.from(sessions.findPageOfCourse(courseId, after, limit + 1), limit, this::charted,
                last -> List.of(Integer.toString(last.sequence)));
    }

    /** Per treated area of the course, the starting depth and the depth of every session, oldest first. */
    @Transactional
    public DepthHistory depthHistory(UUID courseId, BodyArea only) {
        CourseEntity course = courses.find(courseId);
        List<SessionEntity> all = sessions.findAllOfCourse(courseId);
        // As amended: a corrected depth is the depth that was used.
        Map<UUID, List<AreaValues>> currentAreas = new HashMap<>();
        all.forEach(session -> currentAreas.put(session.id, charted(session).current().areas()));
        List<DepthHistory.AreaHistory> areas = new ArrayList<>();
        for (CourseAreaRow area : course.areas) {
            if (only != null && area.area != only) {
                continue;
            }
            List<DepthHistory.Entry> entries = new ArrayList<>();
            for (SessionEntity session : all) {
                currentAreas.get(session.id).stream().filter(values -> values.area() == area.area).findFirst()
                        .ifPresent(values -> entries.add(new DepthHistory.Entry(session.id, session.sequence,
                                session.kind, session.performedAt, values.deviceType(), values.depthMm())));
            }
            areas.add(new DepthHistory.AreaHistory(area.area, area.deviceType, area.startingDepthMm, entries));
        }
        return new DepthHistory(courseId, areas);
    }

    /** The fields against the course: every mismatch at once, each naming its field. */
    private void requireFits(SessionFields fields, CourseEntity course, List<SessionEntity> earlier, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        Instant performedAt = fields.performedAt().toInstant();
        if (performedAt.isAfter(now.plus(config.performedAtFutureTolerance()))) {
            violations.add(FieldViolation.body("performedAt", "must not be in the future"));
        }
        if (!earlier.isEmpty() && performedAt.isBefore(earlier.get(earlier.size() - 1).performedAt)) {
            violations.add(FieldViolation.body("performedAt", "must not be before the course's previous session ("
                    + earlier.get(earlier.size() - 1).performedAt + ")"));
        }
        if (fields.numbing() != null && fields.numbing().appliedAt().toInstant().isAfter(performedAt)) {
            violations.add(FieldViolation.body("numbing.appliedAt", "must not be after performedAt"));
        }
        Set<BodyArea> treated = new HashSet<>();
        course.areas.forEach(area -> treated.add(area.area));
        Set<BodyArea> seen = new HashSet<>();
        for (int i = 0; i < fields.areas().size(); i++) {
            BodyArea area = fields.areas().get(i).area();
            if (!seen.add(area)) {
                violations.add(FieldViolation.body("areas[" + i + "].area", area + " is listed more than once"));
            } else if (!treated.contains(area)) {
                violations.add(FieldViolation.body("areas[" + i + "].area", "must be one of the course's treated "
                        + "areas " + course.areas.stream().map(a -> a.area).toList()));
            }
        }
        if (fields.overrides() != null) {
            for (int i = 0; i < fields.overrides().size(); i++) {
                OverrideFields override = fields.overrides().get(i);
                if (!Refusal.OVERRIDABLE.contains(override.code())) {
                    violations.add(FieldViolation.body("overrides[" + i + "].code", "must be one of the overridable "
                            + "codes " + Refusal.OVERRIDABLE.stream().sorted().toList()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
    }

    /**
     * Per area, the depth of the latest of {@code earlier} (in order) that treated it, as amended, or the course's
     * starting depth.
     */
    private Map<BodyArea, BigDecimal> previousDepths(CourseEntity course, List<SessionEntity> earlier) {
        Map<BodyArea, BigDecimal> depths = new EnumMap<>(BodyArea.class);
        course.areas.forEach(area -> depths.put(area.area, area.startingDepthMm));
        earlier.forEach(session -> charted(session).current().areas().forEach(area -> depths.put(area.area(),
                area.depthMm())));
        return depths;
    }

    /** The course after this session: its count, last session, status and version. */
    private void advance(CourseEntity course, SessionEntity session, ProtocolDefinition protocol,
            String subject, Instant now) {
        if (course.status == CourseStatus.PLANNED) {
            course.changeStatus(CourseStatus.ACTIVE, "First session charted.", now, subject);
        }
        if (session.kind == SessionKind.SERIES) {
            course.seriesSessionsDone++;
            if (course.seriesSessionsDone == course.plannedSessions) {
                course.completedAt = now;
                course.changeStatus(CourseStatus.COMPLETED, "All " + course.plannedSessions
                        + " planned sessions charted.", now, subject);
                if (protocol.maintenanceMonths() != null) {
                    course.changeStatus(CourseStatus.MAINTENANCE, "Maintenance follows the completed series.", now,
                            subject);
                }
            }
        }
        course.lastSessionAt = session.performedAt;
        course.updatedAt = now;
        course.version++;
        courses.refreshMaintenanceDue(course, protocol);
    }

    /** The session with its amendments, collections loaded: views are made after the transaction ends. */
    private ChartedSession charted(SessionEntity session) {
        session.areas.size();
        session.overrides.size();
        Amendable original = original(session);
        Amendable current = original;
        List<ChartedSession.Amendment> list = new ArrayList<>();
        for (SessionAmendmentEntity amendment : amendments.findOfSession(session.id)) {
            Map<String, Amendable.Change> changes;
            List<ChartingDecision.RequestedOverride> overrides;
            try {
                changes = json.readerFor(CHANGES).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readValue(amendment.changes);
                overrides = json.readValue(amendment.overrides, OVERRIDES);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable amendment " + amendment.id, e);
            }
            current = current.apply(changes);
            list.add(new ChartedSession.Amendment(amendment.sequence, amendment.amendedAt, amendment.amendedBy,
                    amendment.reason, changes, overrides));
        }
        return new ChartedSession(session, original, current, list);
    }

    private static Amendable original(SessionEntity session) {
        return new Amendable(session.appointmentId, session.serums, session.immediateReaction, session.notes,
                session.aftercareGiven, session.areas.stream().map(row -> new AreaValues(row.area, row.deviceType,
                        row.depthMm, row.needleConfiguration, row.passes,
                        row.directions.stream().map(Direction::valueOf).toList(), row.endpoint)).toList());
    }

    /** The 422 of a refused session: every remaining refusal, with what would resolve it. */
    private static HttpProblem refused(List<Refusal> refusals) {
        return refused("The session was not charted: ", refusals);
    }

    private static HttpProblem refused(String outcome, List<Refusal> refusals) {
        String detail = outcome + String.join(" ", refusals.stream().map(Refusal::message).toList());
        return Problems.of(ProblemType.RULE_VIOLATED, detail, Map.of("reasons", refusals));
    }

    private static HttpProblem sessionNotFound(UUID courseId, UUID sessionId) {
        return Problems.of(ProblemType.NOT_FOUND, "Course " + courseId + " has no session " + sessionId + ".");
    }
}
