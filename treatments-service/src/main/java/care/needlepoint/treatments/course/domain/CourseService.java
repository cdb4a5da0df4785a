package care.needlepoint.treatments.course.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import care.needlepoint.treatments.clients.BookingFacts;
import care.needlepoint.treatments.clients.ClientsService;
import care.needlepoint.treatments.clinic.ClinicConfig;
import care.needlepoint.treatments.course.api.CourseAreaFields;
import care.needlepoint.treatments.course.api.CourseFields;
import care.needlepoint.treatments.course.persistence.CourseAreaRow;
import care.needlepoint.treatments.course.persistence.CourseEntity;
import care.needlepoint.treatments.course.persistence.CourseRepository;
import care.needlepoint.treatments.course.persistence.StatusChangeRow;
import care.needlepoint.treatments.platform.http.EntityTags;
import care.needlepoint.treatments.platform.paging.Cursor;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.problem.FieldViolation;
import care.needlepoint.treatments.platform.problem.ProblemType;
import care.needlepoint.treatments.platform.problem.Problems;
import care.needlepoint.treatments.platform.security.CurrentUser;
import care.needlepoint.treatments.protocol.domain.DepthLimit;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;
import care.needlepoint.treatments.protocol.domain.ProtocolService;
import care.needlepoint.treatments.protocol.domain.ProtocolVersion;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Courses of treatment: starting one for a confirmed client on a protocol's current version, reading and listing
 * them with their windows, and the status changes people ask for. Charting (session.domain) moves a course through
 * {@link #lockForCharting} and {@link #view}. Each public method is one transaction.
 */
@ApplicationScoped
public class CourseService {

    /** A HOME course starts at or below this; deeper home steps need a practitioner's approval at a session. */
    static final BigDecimal HOME_START_LIMIT_MM = new BigDecimal("0.50");

    @Inject
    CourseRepository courses;

    @Inject
    ProtocolService protocols;

    @Inject
    ClientsService clients;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClinicConfig clinic;

    @Inject
    Clock clock;

    /** A course request that passed {@link #check}: the protocol version it starts on. */
    public record CheckedCourse(CourseFields fields, ProtocolVersion protocol) {
    }

    /**
     * The checks for a new course, with no transaction open while clients-service is asked: the request must fit the
     * protocol's current version (400 naming the field otherwise); an unknown protocol or client, or a client who is
     * not bookable, is a 422 with reasons; a clients-service that cannot answer is a 503.
     */
    public CheckedCourse check(CourseFields fields) {
        ProtocolVersion protocol;
        try {
            protocol = protocols.current(fields.protocolId());
        } catch (HttpProblem notFound) {
            if (notFound.getStatusCode() != 404) {
                throw notFound;
            }
            throw refused("protocol-unknown", "There is no protocol with id " + fields.protocolId() + ".");
        }
        requireFits(fields, protocol.definition());
        BookingFacts facts = clients.bookingFacts(fields.clientId(), currentUser.subject())
                .orElseThrow(() -> refused("client-unknown", "clients-service has no client with id "
                        + fields.clientId() + "."));
        if (!facts.isBookable()) {
            throw refused("client-not-bookable", "The client is " + facts.status() + " and cannot start a course.");
        }
        return new CheckedCourse(fields, protocol);
    }

    /** Starts a PLANNED course that passed {@link #check}, on the protocol version it was checked against. */
    @Transactional
    public Course create(CheckedCourse checked) {
        CourseFields fields = checked.fields();
        ProtocolVersion protocol = checked.protocol();
        Instant now = clock.instant();
        String subject = currentUser.subject();
        CourseEntity course = new CourseEntity();
        course.id = UUID.randomUUID();
        course.clientId = fields.clientId();
        course.protocolId = protocol.protocolId();
        course.protocolVersion = protocol.version();
        course.plannedSessions = fields.plannedSessions();
        course.practitioner = fields.practitioner() == null ? subject : fields.practitioner().strip();
        course.status = CourseStatus.PLANNED;
        course.createdAt = now;
        course.createdBy = subject;
        course.updatedAt = now;
        course.version = 1;
        for (CourseAreaFields area : fields.areas()) {
            course.areas.add(CourseAreaRow.of(area.area(), area.deviceType(), area.startingDepthMm()));
        }
        course.statusChanges.add(StatusChangeRow.of(null,
                CourseStatus.PLANNED, null, now, subject));
        courses.persist(course);
        courses.flush();
        return view(course, protocol.definition());
    }

    @Transactional
    public Course get(UUID id) {
        CourseEntity course = courses.findByIdOptional(id).orElseThrow(() -> notFound(id));
        return view(course);
    }

    /** One page of courses, newest first, optionally of one client and/or in one status. */
    @Transactional
    public Page<Course> list(UUID clientId, CourseStatus status, String cursor, int limit) {
        Instant afterCreatedAt = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> after = Cursor.decode(cursor, 2);
            try {
                afterCreatedAt = Instant.parse(after.get(0));
            } catch (DateTimeParseException e) {
                throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without "
                        + "it");
            }
            afterId = Cursor.uuid(after.get(1));
        }
        List<CourseEntity> rows = courses.findPage(clientId, status, afterCreatedAt, afterId, limit + 1);
        Map<String, ProtocolDefinition> definitions = new HashMap<>();
        return Page.from(rows, limit, row -> view(row, definitions.computeIfAbsent(
                row.protocolId + "/" + row.protocolVersion,
                key -> protocols.version(row.protocolId, row.protocolVersion).definition())),
                last -> List.of(last.createdAt.toString(), last.id.toString()));
    }

    /**
     * Changes the status as a person asks (ACTIVE from PLANNED, STOPPED with a reason), if the caller saw the current
     * version (412 otherwise); other changes are a 409 saying why.
     */
    @Transactional
    public Course changeStatus(UUID id, long expectedVersion, CourseStatus to, String reason) {
        CourseEntity course = courses.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
        if (course.version != expectedVersion) {
            throw EntityTags.stale(course.version);
        }
        if (to == CourseStatus.STOPPED && reason == null) {
            throw Problems.invalid("body", "reason", "is required to stop a course");
        }
        Optional<String> refusal = CourseTransitions.refusal(course.status, to);
        if (refusal.isPresent()) {
            throw Problems.of(ProblemType.CONFLICT, refusal.get());
        }
        String why = reason == null ? null : reason.strip();
        course.changeStatus(to, why, clock.instant(), currentUser.subject());
        if (to == CourseStatus.STOPPED) {
            course.stopReason = why;
            // A stopped course is due for nothing: it leaves the recall list.
            course.maintenanceDue(null, null);
        }
        course.version++;
        courses.flush();
        return view(course);
    }

    /**
     * One page of maintenance recalls: courses whose series is complete, whose protocol has maintenance, and whose
     * maintenance due window opens on or before {@code dueBy}; by window start, then id. Read from the stored window
     * (see {@link #refreshMaintenanceDue}), so the database answers with an index and no course is loaded needlessly.
     */
    @Transactional
    public Page<MaintenanceRecall> listMaintenanceRecalls(LocalDate dueBy, UUID clientId, String cursor, int limit) {
        LocalDate afterFrom = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> after = Cursor.decode(cursor, 2);
            try {
                afterFrom = LocalDate.parse(after.get(0));
            } catch (DateTimeParseException e) {
                throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without "
                        + "it");
            }
            afterId = Cursor.uuid(after.get(1));
        }
        List<CourseEntity> rows = courses.findDueForMaintenance(dueBy, clientId, afterFrom, afterId, limit + 1);
        var zone = clinic.timeZone();
        return Page.from(rows, limit, row -> new MaintenanceRecall(row.id, row.clientId, row.protocolId,
                row.protocolVersion, row.status, row.practitioner, row.lastSessionAt,
                LocalDate.ofInstant(row.lastSessionAt, zone),
                new DateWindow(row.maintenanceDueFrom, row.maintenanceDueUntil), zone),
                last -> List.of(last.maintenanceDueFrom.toString(), last.id.toString()));
    }

    /**
     * Stores the maintenance due window the course has after a change of its status or last session, as
     * {@link CourseWindows#maintenanceDue} says: the recall list reads it from the table.
     */
    public void refreshMaintenanceDue(CourseEntity course, ProtocolDefinition protocol) {
        DateWindow due = CourseWindows.maintenanceDue(course.status, course.lastSessionAt,
                protocol.maintenanceMonths(), clinic.timeZone());
        course.maintenanceDue(due == null ? null : due.earliest(), due == null ? null : due.latest());
    }

    /** The course, locked for charting a session on it; 404 when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CourseEntity lockForCharting(UUID id) {
        return courses.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
    }

    /** The course, unlocked, for reads of its sessions; 404 when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CourseEntity find(UUID id) {
        return courses.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    public Course view(CourseEntity course) {
        return view(course, protocols.version(course.protocolId, course.protocolVersion).definition());
    }

    Course view(CourseEntity course, ProtocolDefinition protocol) {
        var zone = clinic.timeZone();
        return new Course(course.id, course.clientId, course.protocolId, course.protocolVersion, protocol.name(),
                course.areas.stream().map(a -> new Course.Area(a.area, a.deviceType, a.startingDepthMm)).toList(),
                course.plannedSessions, course.seriesSessionsDone, course.practitioner, course.status,
                course.stopReason, course.lastSessionAt, course.completedAt,
                CourseWindows.nextSession(course.status, course.seriesSessionsDone, course.plannedSessions,
                        course.lastSessionAt, protocol.spacingDays(), zone),
                CourseWindows.maintenanceDue(course.status, course.lastSessionAt, protocol.maintenanceMonths(), zone),
                zone,
                course.statusChanges.stream().map(c -> new Course.StatusChange(c.fromStatus, c.toStatus, c.reason,
                        c.changedAt, c.changedBy)).toList(),
                course.createdAt, course.createdBy, course.updatedAt, course.version);
    }

    /** The request against the protocol: every mismatch at once, each naming its field. */
    private static void requireFits(CourseFields fields, ProtocolDefinition protocol) {
        List<FieldViolation> violations = new ArrayList<>();
        if (fields.plannedSessions() < protocol.sessions().min()
                || fields.plannedSessions() > protocol.sessions().max()) {
            violations.add(FieldViolation.body("plannedSessions", "must be from " + protocol.sessions().min()
                    + " to " + protocol.sessions().max() + " for this protocol"));
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < fields.areas().size(); i++) {
            CourseAreaFields area = fields.areas().get(i);
            String at = "areas[" + i + "]";
            if (!seen.add(area.area())) {
                violations.add(FieldViolation.body(at + ".area", area.area() + " is listed more than once"));
                continue;
            }
            if (!protocol.treatmentAreas().contains(area.area())) {
                violations.add(FieldViolation.body(at + ".area", "must be one of this protocol's treatment areas "
                        + protocol.treatmentAreas()));
                continue;
            }
            Optional<DepthLimit> limit = protocol.depthLimit(area.area(), area.deviceType());
            if (limit.isEmpty()) {
                violations.add(FieldViolation.body(at + ".deviceType", "this protocol has no depth limit for "
                        + area.area() + " with " + area.deviceType()));
                continue;
            }
            if (!limit.get().allows(area.startingDepthMm())) {
                violations.add(FieldViolation.body(at + ".startingDepthMm", "must be from " + limit.get().minMm()
                        + " to " + limit.get().maxMm() + " mm for " + area.area() + " with " + area.deviceType()));
            } else if (protocol.setting() == TreatmentSetting.HOME
                    && area.startingDepthMm().compareTo(HOME_START_LIMIT_MM) > 0) {
                violations.add(FieldViolation.body(at + ".startingDepthMm", "a home course starts at or below "
                        + HOME_START_LIMIT_MM + " mm"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
    }

    /** A 422 whose one reason says which reference did not hold. */
    private static HttpProblem refused(String code, String message) {
        return Problems.of(ProblemType.RULE_VIOLATED, message,
                Map.of("reasons", List.of(Map.of("code", code, "message", message))));
    }

    private static HttpProblem notFound(UUID id) {
        return Problems.notFound("course", id);
    }
}
