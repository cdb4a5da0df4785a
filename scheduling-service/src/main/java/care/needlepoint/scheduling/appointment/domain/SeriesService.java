package care.needlepoint.scheduling.appointment.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import care.needlepoint.scheduling.appointment.api.SeriesProposalFields;
import care.needlepoint.scheduling.appointment.api.SeriesProposalView;
import care.needlepoint.scheduling.appointment.api.SlotView;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.Candidate;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.PlannedSession;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.peer.Course;
import care.needlepoint.scheduling.peer.Protocol;
import care.needlepoint.scheduling.peer.TreatmentCatalogue;
import care.needlepoint.scheduling.platform.problem.FieldViolation;
import care.needlepoint.scheduling.platform.problem.Problems;

/** Series proposals: the protocol's spacing and the availability search, planned by {@link SeriesPlanner}. */
@ApplicationScoped
public class SeriesService {

    /** Days the first session may take when the caller gives an earliest start. */
    static final int FIRST_WINDOW_DAYS = 14;

    @Inject
    AvailabilityService availability;

    @Inject
    TreatmentCatalogue treatments;

    @Inject
    CalendarService calendar;

    /** The resolved request: which protocol, how many sessions, where the first one may lie. */
    record Resolved(Protocol protocol, int sessions, LocalDate firstDate, LocalDate earliestStart, int firstWindowDays) {
    }

    /**
     * No transaction of its own: treatments-service is asked for the course and protocol before anything is read, and
     * each availability search reads in its own, so no database connection waits on another service.
     */
    public SeriesProposalView propose(SeriesProposalFields fields, String subject) {
        Resolved resolved = resolve(fields, subject);
        Protocol protocol = resolved.protocol();
        ZoneId zone = calendar.rules().zone();
        Map<Candidate, SlotView> views = new HashMap<>();
        SeriesPlanner.FreeSlots free = (from, to) -> {
            List<Candidate> found = new ArrayList<>();
            // The search covers at most MAX_DAYS local dates at a time.
            for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(AvailabilityService.MAX_DAYS)) {
                LocalDate end = start.plusDays(AvailabilityService.MAX_DAYS - 1L);
                AvailabilityService.Query query = new AvailabilityService.Query(protocol.id(), null,
                        fields.plannedDepthMm(), fields.numbing(), start, end.isAfter(to) ? to : end,
                        fields.practitionerId(), null, Integer.MAX_VALUE);
                for (SlotView slot : availability.search(query, subject).slots()) {
                    Candidate c = new Candidate(slot.startsAt().toInstant(), slot.practitionerId(), slot.roomId());
                    views.put(c, slot);
                    found.add(c);
                }
            }
            return found;
        };
        SeriesPlanner.Preferences preferences = new SeriesPlanner.Preferences(resolved.firstDate(),
                resolved.earliestStart(), resolved.firstWindowDays(), fields.preferredWeekday(),
                time(fields.preferredTimeFrom()), time(fields.preferredTimeTo()));
        List<PlannedSession> plan = SeriesPlanner.plan(resolved.sessions(), protocol.spacingDays().min(),
                protocol.spacingDays().max(), preferences, zone, free);
        List<SeriesProposalView.Session> sessions = plan.stream()
                .map(s -> new SeriesProposalView.Session(s.sequence(), s.earliest(), s.latest(),
                        s.chosen() == null ? null : views.get(s.chosen()), s.compromises(), s.reason(),
                        s.alternatives().stream().map(views::get).toList()))
                .toList();
        return new SeriesProposalView(zone.getId(), fields.clientId(), fields.courseId(), protocol.id(),
                protocol.version(), protocol.spacingDays().min(), protocol.spacingDays().max(),
                plan.stream().allMatch(s -> s.chosen() != null), sessions);
    }

    private Resolved resolve(SeriesProposalFields fields, String subject) {
        List<FieldViolation> violations = new ArrayList<>();
        if ((fields.courseId() == null) == (fields.protocolId() == null)) {
            violations.add(FieldViolation.body("protocolId", "give courseId or protocolId, not both"));
        }
        if (fields.courseId() != null && fields.sessionCount() != null) {
            violations.add(FieldViolation.body("sessionCount", "only with protocolId: a course plans its own sessions"));
        }
        if (fields.protocolId() != null && fields.sessionCount() == null) {
            violations.add(FieldViolation.body("sessionCount", "is required with protocolId"));
        }
        if (fields.firstDate() != null && fields.earliestStart() != null) {
            violations.add(FieldViolation.body("earliestStart", "give firstDate or earliestStart, not both"));
        }
        if (fields.courseId() == null && fields.firstDate() == null && fields.earliestStart() == null) {
            violations.add(FieldViolation.body("earliestStart", "give firstDate or earliestStart"));
        }
        if (fields.preferredTimeFrom() != null && fields.preferredTimeTo() != null
                && !time(fields.preferredTimeFrom()).isBefore(time(fields.preferredTimeTo()))) {
            violations.add(FieldViolation.body("preferredTimeTo", "must be after preferredTimeFrom"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        LocalDate firstDate = fields.firstDate();
        LocalDate earliestStart = fields.earliestStart();
        int firstWindowDays = FIRST_WINDOW_DAYS;
        int sessions;
        UUID protocolId;
        if (fields.courseId() != null) {
            Course course = treatments.course(fields.courseId(), subject)
                    .orElseThrow(() -> Problems.invalid("body", "courseId", "no course with this id"));
            if (!fields.clientId().equals(course.clientId())) {
                throw Problems.invalid("body", "courseId", "is the course of another client");
            }
            int planned = course.plannedSessions() == null ? 0 : course.plannedSessions();
            int done = course.sessionsCompleted() == null ? 0 : course.sessionsCompleted();
            if (!"PLANNED".equals(course.status()) && !"ACTIVE".equals(course.status()) || planned <= done) {
                throw Problems.invalid("body", "courseId", "the course is " + course.status()
                        + " with no sessions of its series left to plan");
            }
            sessions = planned - done;
            protocolId = course.protocolId();
            Course.DateWindow next = course.nextSessionWindow();
            if (firstDate == null && next != null) {
                // The course says when its next session is due; an earliest start only narrows that window.
                earliestStart = earliestStart == null || earliestStart.isBefore(next.earliest()) ? next.earliest()
                        : earliestStart;
                firstWindowDays = (int) (next.latest().toEpochDay() - earliestStart.toEpochDay() + 1);
                if (firstWindowDays < 1) {
                    throw Problems.invalid("body", "earliestStart", "is after the course's next session window ("
                            + next.earliest() + " to " + next.latest() + ")");
                }
            } else if (firstDate == null && earliestStart == null) {
                throw Problems.invalid("body", "earliestStart", "give firstDate or earliestStart");
            }
        } else {
            sessions = fields.sessionCount();
            protocolId = fields.protocolId();
        }
        Protocol protocol = treatments.protocol(protocolId, subject)
                .orElseThrow(() -> Problems.invalid("body", fields.courseId() != null ? "courseId" : "protocolId",
                        "no protocol with this id"));
        if (protocol.spacingDays() == null || protocol.spacingDays().min() == null
                || protocol.spacingDays().max() == null) {
            throw Problems.invalid("body", "protocolId", "the protocol has no spacing between sessions");
        }
        Protocol.SessionCount range = protocol.sessions();
        if (fields.protocolId() != null && range != null && range.min() != null && range.max() != null
                && (sessions < range.min() || sessions > range.max())) {
            throw Problems.invalid("body", "sessionCount", "this protocol has " + range.min() + " to " + range.max()
                    + " sessions");
        }
        return new Resolved(protocol, sessions, firstDate, earliestStart, firstWindowDays);
    }

    private static LocalTime time(String value) {
        return value == null ? null : LocalTime.parse(value);
    }
}
