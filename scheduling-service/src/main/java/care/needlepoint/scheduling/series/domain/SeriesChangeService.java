package care.needlepoint.scheduling.series.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.scheduling.appointment.api.AppointmentFields;
import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.appointment.api.RescheduleFields;
import care.needlepoint.scheduling.appointment.api.SeriesBookingFields;
import care.needlepoint.scheduling.appointment.api.SlotView;
import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;
import care.needlepoint.scheduling.appointment.domain.AvailabilityService;
import care.needlepoint.scheduling.appointment.domain.Caller;
import care.needlepoint.scheduling.appointment.domain.Reason;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.Candidate;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.PlannedSession;
import care.needlepoint.scheduling.appointment.persistence.AppointmentEntity;
import care.needlepoint.scheduling.appointment.persistence.AppointmentRepository;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.peer.Course;
import care.needlepoint.scheduling.peer.Protocol;
import care.needlepoint.scheduling.peer.TreatmentCatalogue;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.problem.FieldViolation;
import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.series.api.SeriesCancellationFields;
import care.needlepoint.scheduling.series.api.SeriesChangeView;
import care.needlepoint.scheduling.series.api.SeriesMoveFields;
import care.needlepoint.scheduling.series.api.SeriesReplanFields;
import care.needlepoint.scheduling.series.api.SeriesReplanView;
import care.needlepoint.scheduling.series.api.SeriesReplanView.Plan;
import care.needlepoint.scheduling.series.api.SeriesView;
import care.needlepoint.scheduling.series.persistence.SeriesChangeEntity;
import care.needlepoint.scheduling.series.persistence.SeriesChangeRepository;
import care.needlepoint.scheduling.series.persistence.SeriesEntity;
import care.needlepoint.scheduling.series.persistence.SeriesRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A booked series and every change to it. A change whose checks ask other services is checked first with no
 * transaction open ({@link #check}, {@link #checkMove}, {@link #checkReplan}, each against the If-Match revision) and
 * then stored in one transaction; every other public method is one transaction. A storing transaction locks the
 * series row first, so changes to one series take turns, and compares the revision under that lock again: a change
 * made between the checks and the write is a 412.
 *
 * <p>Every change to a session goes through {@link AppointmentService}'s single-appointment paths (reschedule, cancel,
 * booking one session), never a bulk update: each session gets its own checks, status history, audit and
 * {@code SlotReleased} event, and a failure of any session rolls the whole operation back.
 *
 * <p>The series ETag is its <em>revision</em>: the series row's version plus the versions of all its appointments.
 * Every series operation bumps the row; a session checked in, completed, marked as a no-show or changed one by one
 * bumps its appointment; so any change that could make a plan wrong changes the ETag, and the sum never goes back.
 */
@ApplicationScoped
public class SeriesChangeService {

    @Inject
    AppointmentService appointmentService;

    @Inject
    AppointmentRepository appointments;

    @Inject
    SeriesRepository seriesRows;

    @Inject
    SeriesChangeRepository changes;

    @Inject
    AvailabilityService availability;

    @Inject
    TreatmentCatalogue treatments;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** A series with its appointments as read in this transaction. */
    private record Loaded(SeriesEntity series, List<AppointmentEntity> all, Map<Integer, AppointmentEntity> standing) {

        long revision() {
            return series.version + all.stream().mapToLong(a -> a.version).sum();
        }

        /** The appointment standing for this place, or else the last one that did. */
        AppointmentEntity latestAt(int sequence) {
            AppointmentEntity standingOne = standing.get(sequence);
            if (standingOne != null) {
                return standingOne;
            }
            AppointmentEntity latest = null;
            for (AppointmentEntity a : all) {
                if (a.seriesSequence == sequence) {
                    latest = a;
                }
            }
            return latest;
        }
    }

    /** The protocol's spacing (current version), in days. */
    private record Spacing(Protocol protocol, int min, int max) {
    }

    // --- booking and reading

    /**
     * A series booking's checks (AppointmentService.checkSeries), and the course's when one is named, with no
     * transaction open: nothing waits on another service while holding a database connection.
     */
    public AppointmentService.CheckedSeries check(SeriesBookingFields fields, Caller caller) {
        if (fields.courseId() != null) {
            requireCourseOf(fields, caller);
        }
        return appointmentService.checkSeries(fields, caller);
    }

    /** Books every session of a checked series or none and stores the series and its first change. */
    @Transactional
    public SeriesView book(AppointmentService.CheckedSeries checked, Caller caller) {
        SeriesBookingFields fields = checked.fields();
        UUID id = UUID.randomUUID();
        List<AppointmentView> booked = appointmentService.bookSeries(id, checked, caller);
        Instant now = clock.instant();
        SeriesEntity series = new SeriesEntity();
        series.id = id;
        series.clientId = fields.clientId();
        series.courseId = fields.courseId();
        series.protocolId = fields.protocolId();
        series.protocolVersion = booked.get(0).protocolVersion();
        series.plannedSessions = booked.size();
        series.screeningExpiresAt = checked.screeningExpiresAt();
        series.createdBy = caller.subject();
        series.createdAt = now;
        series.updatedAt = now;
        seriesRows.persist(series);
        record(id, SeriesChangeKind.BOOKED, booked.stream().map(AppointmentView::seriesSequence).toList(), null,
                booked.stream().map(a -> new SeriesChangeView.Move(a.seriesSequence(), null, a.startsAt())).toList(),
                caller, now);
        seriesRows.flush();
        return view(load(id, false));
    }

    /** The course named by a booking must be the client's, on the booked protocol, with its series still to come. */
    private void requireCourseOf(SeriesBookingFields fields, Caller caller) {
        Course course = treatments.course(fields.courseId(), caller.subject())
                .orElseThrow(() -> Problems.invalid("body", "courseId", "no course with this id"));
        if (!fields.clientId().equals(course.clientId())) {
            throw Problems.invalid("body", "courseId", "is the course of another client");
        }
        if (!fields.protocolId().equals(course.protocolId())) {
            throw Problems.invalid("body", "courseId", "follows another protocol (" + course.protocolId() + ")");
        }
        if (!"PLANNED".equals(course.status()) && !"ACTIVE".equals(course.status())) {
            throw Problems.invalid("body", "courseId", "the course is " + course.status()
                    + "; only a PLANNED or ACTIVE course has sessions to book");
        }
    }

    @Transactional
    public SeriesView get(UUID id) {
        return view(load(id, false));
    }

    @Transactional
    public List<SeriesChangeView> changes(UUID id) {
        if (seriesRows.findByIdOptional(id).isEmpty()) {
            throw Problems.notFound("series", id);
        }
        return changes.findBySeries(id).stream().map(this::changeView).toList();
    }

    // --- moving one session

    /** What {@link #checkMove} found for moving one session, for {@link #move(CheckedSeriesMove, Caller)} to store. */
    public record CheckedSeriesMove(UUID seriesId, long expectedRevision, int sequence, Instant from, String reason,
            AppointmentService.CheckedMove move) {
    }

    /**
     * The checks of moving one booked session, with no transaction open while treatments- and clients-service are
     * asked. The new date must lie in the spacing window after the last session standing before it (422 naming
     * startsAt). If the next standing session still lies in the window after the new date, the move is checked as the
     * reschedule path checks it; otherwise a 409 carries a re-plan of the following sessions, computed against the
     * current revision.
     */
    public CheckedSeriesMove checkMove(UUID id, SeriesMoveFields fields, long expectedRevision, Caller caller) {
        Loaded loaded = readAt(id, expectedRevision);
        int sequence = fields.sequence();
        requirePlace(loaded, sequence, "sequence");
        AppointmentEntity session = loaded.standing().get(sequence);
        requireBooked(session, sequence, loaded);
        Spacing spacing = spacing(loaded.series(), caller);
        ZoneId zone = calendar.rules().zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate newDate = LocalDate.ofInstant(fields.startsAt().toInstant(), zone);
        AppointmentEntity previous = standingBefore(loaded, sequence);
        if (previous != null) {
            LocalDate previousDate = date(previous, zone);
            SeriesRules.Window window = SeriesRules.after(previousDate, spacing.min(), spacing.max(), today);
            if (!window.contains(newDate)) {
                throw spacingBroken("startsAt", "Session " + sequence + " must lie from " + window.earliest() + " to "
                        + window.latest() + " (" + spacing.min() + "-" + spacing.max() + " days after session "
                        + previous.seriesSequence + " on " + previousDate + "); " + newDate + " is "
                        + SeriesRules.daysBetween(previousDate, newDate) + " days after it.");
            }
        }
        AppointmentEntity next = standingAfter(loaded, sequence);
        if (next != null && !SeriesRules.after(newDate, spacing.min(), spacing.max(), today)
                .contains(date(next, zone))) {
            UUID practitionerId = fields.practitionerId() == null ? session.practitionerId : fields.practitionerId();
            UUID roomId = fields.roomId() == null ? session.roomId : fields.roomId();
            OffsetDateTime at = fields.startsAt().toInstant().atZone(zone).toOffsetDateTime();
            SeriesReplanView.Session requested = new SeriesReplanView.Session(sequence, Plan.REQUESTED, session.id,
                    session.status, session.startsAt, previous == null ? null
                            : SeriesRules.after(date(previous, zone), spacing.min(), spacing.max(), today).earliest(),
                    previous == null ? null
                            : SeriesRules.after(date(previous, zone), spacing.min(), spacing.max(), today).latest(),
                    new SlotView(at, null, null, practitionerId, roomId), List.of(), null, List.of());
            SeriesReplanView replan = replan(loaded, spacing, sequence + 1, newDate, requested,
                    new SeriesReplanFields.Session(sequence, at, practitionerId, roomId), caller);
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("sessionSequence", next.seriesSequence);
            extensions.put("replan", replan);
            throw Problems.of(ProblemType.CONFLICT, "Moving session " + sequence + " to " + newDate + " breaks the "
                    + spacing.min() + "-" + spacing.max() + " day spacing to session " + next.seriesSequence + " on "
                    + date(next, zone) + ". Nothing was changed: `replan` proposes new times for the following "
                    + "sessions; apply it with applySeriesReplan and If-Match " + replan.etag() + ".", extensions);
        }
        try {
            return new CheckedSeriesMove(id, expectedRevision, sequence, session.startsAt, fields.reason(),
                    appointmentService.checkMove(session.id, new RescheduleFields(fields.startsAt(),
                            fields.practitionerId(), fields.roomId(), null, null, session.warningsAcknowledged, null),
                            session.version, caller));
        } catch (HttpProblem e) {
            throw forSession(sequence, e, "");
        }
    }

    /**
     * Stores a checked move with the series row locked, provided the series is still at the revision that was checked
     * (412 otherwise: whatever changed it may have changed what the checks found).
     */
    @Transactional
    public SeriesView move(CheckedSeriesMove checked, Caller caller) {
        Loaded loaded = lockForChange(checked.seriesId(), checked.expectedRevision());
        AppointmentView moved;
        try {
            moved = appointmentService.move(checked.move(), caller);
        } catch (HttpProblem e) {
            throw forSession(checked.sequence(), e, "");
        }
        Instant now = touch(loaded.series());
        record(checked.seriesId(), SeriesChangeKind.MOVED, List.of(checked.sequence()), checked.reason(),
                List.of(new SeriesChangeView.Move(checked.sequence(), checked.from(), moved.startsAt())), caller, now);
        seriesRows.flush();
        return view(load(checked.seriesId(), false));
    }

    // --- re-planning

    /**
     * Re-plans sessions fromSequence..N from the last session that still stands before them; nothing is stored. No
     * transaction is open while treatments-service gives the protocol; the availability searches read in their own.
     */
    public SeriesReplanView proposeReplan(UUID id, int fromSequence, Caller caller) {
        Loaded loaded = QuarkusTransaction.joiningExisting().call(() -> load(id, false));
        requirePlace(loaded, fromSequence, "fromSequence");
        Spacing spacing = spacing(loaded.series(), caller);
        ZoneId zone = calendar.rules().zone();
        AppointmentEntity anchor = standingBefore(loaded, fromSequence);
        return replan(loaded, spacing, fromSequence, anchor == null ? null : date(anchor, zone), null, null, caller);
    }

    /** What {@link #checkReplan} found, for {@link #applyReplan(CheckedReplan, Caller)} to store in this order. */
    public record CheckedReplan(UUID seriesId, long expectedRevision, SeriesReplanFields fields, List<Step> steps) {
    }

    /**
     * One session of a checked re-plan: a booked session's checked move (from its current start) or a place without a
     * standing appointment checked to be booked again; {@code index} is where the body lists it.
     */
    public record Step(int sequence, int index, Instant from, AppointmentService.CheckedMove move,
            AppointmentService.CheckedBooking booking) {
    }

    /**
     * The checks of a re-plan, with no transaction open while treatments- and clients-service are asked: booked
     * sessions are checked as the reschedule path checks them, places without a standing appointment (cancelled or
     * missed) as a new booking with the same sequence. The spacing is checked for every pair of neighbouring sessions
     * that the re-plan touches (422 naming sessions[i].startsAt); collisions are left to
     * {@link #applyReplan(CheckedReplan, Caller)}, which sees the siblings' new times.
     */
    public CheckedReplan checkReplan(UUID id, SeriesReplanFields fields, long expectedRevision, Caller caller) {
        Loaded loaded = readAt(id, expectedRevision);
        List<SeriesReplanFields.Session> listed = fields.sessions();
        List<FieldViolation> violations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            int sequence = listed.get(i).sequence();
            if (sequence > loaded.series().plannedSessions) {
                violations.add(FieldViolation.body("sessions[" + i + "].sequence", "the series has sessions 1 to "
                        + loaded.series().plannedSessions));
            } else if (!seen.add(sequence)) {
                violations.add(FieldViolation.body("sessions[" + i + "].sequence", "session " + sequence
                        + " is listed twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        for (SeriesReplanFields.Session s : listed) {
            AppointmentEntity standing = loaded.standing().get(s.sequence());
            if (standing != null && standing.status != AppointmentStatus.BOOKED) {
                throw Problems.of(ProblemType.CONFLICT, "Session " + s.sequence() + " is " + standing.status
                        + " and cannot be re-planned; leave it out. Nothing was changed.",
                        Map.of("sessionSequence", s.sequence(), "currentStatus", standing.status.name()));
            }
        }
        Spacing spacing = spacing(loaded.series(), caller);
        ZoneId zone = calendar.rules().zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Map<Integer, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            indexOf.put(listed.get(i).sequence(), i);
        }
        TreeMap<Integer, LocalDate> dates = new TreeMap<>();
        loaded.standing().forEach((sequence, a) -> dates.put(sequence, date(a, zone)));
        listed.forEach(s -> dates.put(s.sequence(), LocalDate.ofInstant(s.startsAt().toInstant(), zone)));
        Integer before = null;
        for (Integer sequence : dates.keySet()) {
            if (before != null && (indexOf.containsKey(before) || indexOf.containsKey(sequence))) {
                SeriesRules.Window window = SeriesRules.after(dates.get(before), spacing.min(), spacing.max(), today);
                LocalDate date = dates.get(sequence);
                if (!window.contains(date)) {
                    int blamed = indexOf.containsKey(sequence) ? indexOf.get(sequence) : indexOf.get(before);
                    violations.add(FieldViolation.body("sessions[" + blamed + "].startsAt", "session " + sequence
                            + " on " + date + " must lie from " + window.earliest() + " to " + window.latest() + " ("
                            + spacing.min() + "-" + spacing.max() + " days after session " + before + " on "
                            + dates.get(before) + ")"));
                }
            }
            before = sequence;
        }
        if (!violations.isEmpty()) {
            throw spacingBroken(violations);
        }

        // Stored one at a time through the single-appointment paths. Sessions moving later go first, last one first,
        // and sessions moving earlier then, first one first, so that no session collides with a sibling's old time;
        // places booked again come last.
        List<SeriesReplanFields.Session> later = new ArrayList<>();
        List<SeriesReplanFields.Session> earlier = new ArrayList<>();
        List<SeriesReplanFields.Session> again = new ArrayList<>();
        for (SeriesReplanFields.Session s : listed) {
            AppointmentEntity standing = loaded.standing().get(s.sequence());
            if (standing == null) {
                again.add(s);
            } else if (unchanged(standing, s)) {
                continue;
            } else if (s.startsAt().toInstant().isAfter(standing.startsAt)) {
                later.add(s);
            } else {
                earlier.add(s);
            }
        }
        later.sort(Comparator.comparing(SeriesReplanFields.Session::sequence).reversed());
        earlier.sort(Comparator.comparing(SeriesReplanFields.Session::sequence));
        again.sort(Comparator.comparing(SeriesReplanFields.Session::sequence));
        List<SeriesReplanFields.Session> order = new ArrayList<>(later);
        order.addAll(earlier);
        order.addAll(again);
        List<Step> steps = new ArrayList<>();
        for (SeriesReplanFields.Session s : order) {
            int i = indexOf.get(s.sequence());
            AppointmentEntity standing = loaded.standing().get(s.sequence());
            try {
                if (standing != null) {
                    steps.add(new Step(s.sequence(), i, standing.startsAt, appointmentService.checkMove(standing.id,
                            new RescheduleFields(s.startsAt(), s.practitionerId(), s.roomId(), null, null,
                                    standing.warningsAcknowledged, null), standing.version, caller), null));
                } else {
                    AppointmentEntity earlierOne = loaded.latestAt(s.sequence());
                    AppointmentEntity pattern = earlierOne != null ? earlierOne : loaded.all().get(0);
                    UUID roomId = s.roomId() != null ? s.roomId() : pattern.roomId;
                    steps.add(new Step(s.sequence(), i, null, null, appointmentService.checkSeriesSession(id,
                            s.sequence(), new AppointmentFields(loaded.series().clientId, s.practitionerId(), roomId,
                                    loaded.series().protocolId, null, null, pattern.plannedDepthMm, pattern.numbing,
                                    s.startsAt(), pattern.warningsAcknowledged, null, null), caller)));
                }
            } catch (HttpProblem e) {
                throw forSession(s.sequence(), e, "sessions[" + i + "].");
            }
        }
        return new CheckedReplan(id, expectedRevision, fields, steps);
    }

    /**
     * Applies a checked re-plan in one transaction with the series row locked, provided the series is still at the
     * revision that was checked (412 otherwise): booked sessions are moved (keeping their ids), places without a
     * standing appointment are booked again as new appointments with the same sequence. A session that collides is a
     * 409 naming it, and any failure rolls everything back.
     */
    @Transactional
    public SeriesView applyReplan(CheckedReplan checked, Caller caller) {
        Loaded loaded = lockForChange(checked.seriesId(), checked.expectedRevision());
        List<SeriesChangeView.Move> moves = new ArrayList<>();
        for (Step step : checked.steps()) {
            try {
                if (step.move() != null) {
                    AppointmentView moved = appointmentService.move(step.move(), caller);
                    moves.add(new SeriesChangeView.Move(step.sequence(), step.from(), moved.startsAt()));
                } else {
                    AppointmentView booked = appointmentService.create(step.booking(), caller);
                    moves.add(new SeriesChangeView.Move(step.sequence(), null, booked.startsAt()));
                }
            } catch (HttpProblem e) {
                throw forSession(step.sequence(), e, "sessions[" + step.index() + "].");
            }
        }
        moves.sort(Comparator.comparing(SeriesChangeView.Move::sequence));
        Instant now = touch(loaded.series());
        record(checked.seriesId(), SeriesChangeKind.REPLANNED, checked.fields().sessions().stream()
                .map(SeriesReplanFields.Session::sequence).sorted().toList(), checked.fields().reason(), moves,
                caller, now);
        seriesRows.flush();
        return view(load(checked.seriesId(), false));
    }

    // --- cancelling

    /**
     * Cancels THIS session, THIS_AND_FOLLOWING booked sessions, or ALL_REMAINING booked sessions, each through the
     * single-appointment cancel path. Completed, checked-in and missed sessions are never touched.
     */
    @Transactional
    public SeriesView cancel(UUID id, SeriesCancellationFields fields, long expectedRevision, Caller caller) {
        CancellationScope scope = fields.scope();
        if (scope == CancellationScope.ALL_REMAINING && fields.sequence() != null) {
            throw Problems.invalid("body", "sequence", "not with ALL_REMAINING, which cancels every booked session");
        }
        if (scope != CancellationScope.ALL_REMAINING && fields.sequence() == null) {
            throw Problems.invalid("body", "sequence", "is required with " + scope);
        }
        Loaded loaded = lockForChange(id, expectedRevision);
        List<AppointmentEntity> targets = new ArrayList<>();
        if (scope == CancellationScope.THIS) {
            requirePlace(loaded, fields.sequence(), "sequence");
            AppointmentEntity session = loaded.standing().get(fields.sequence());
            requireBooked(session, fields.sequence(), loaded);
            targets.add(session);
        } else {
            int from = scope == CancellationScope.ALL_REMAINING ? 1 : fields.sequence();
            requirePlace(loaded, from, "sequence");
            loaded.standing().values().stream()
                    .filter(a -> a.seriesSequence >= from && a.status == AppointmentStatus.BOOKED)
                    .sorted(Comparator.comparing((AppointmentEntity a) -> a.seriesSequence))
                    .forEach(targets::add);
            if (targets.isEmpty()) {
                throw Problems.of(ProblemType.CONFLICT, "No booked session of this series "
                        + (scope == CancellationScope.ALL_REMAINING ? "remains" : "from session " + from + " on")
                        + " to cancel.");
            }
        }
        for (AppointmentEntity target : targets) {
            try {
                appointmentService.cancel(target.id, fields.reason(), target.version, caller);
            } catch (HttpProblem e) {
                throw forSession(target.seriesSequence, e, "");
            }
        }
        Instant now = touch(loaded.series());
        record(id, SeriesChangeKind.CANCELLED, targets.stream().map(a -> a.seriesSequence).toList(), fields.reason(),
                null, caller, now);
        seriesRows.flush();
        return view(load(id, false));
    }

    // --- the plan

    /**
     * Sessions from..N, each in the spacing window after the one before it (starting from {@code anchor}): a session
     * whose current slot is in its window keeps it; the others get the best free slot by the planner's order, keeping
     * their own weekday, local time and practitioner where they can.
     */
    private SeriesReplanView replan(Loaded loaded, Spacing spacing, int from, LocalDate anchor,
            SeriesReplanView.Session requested, SeriesReplanFields.Session requestedApply, Caller caller) {
        ZoneId zone = calendar.rules().zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<SeriesReplanView.Session> sessions = new ArrayList<>();
        List<SeriesReplanFields.Session> apply = new ArrayList<>();
        if (requested != null) {
            sessions.add(requested);
            apply.add(requestedApply);
        }
        LocalDate previous = anchor;
        for (int sequence = from; sequence <= loaded.series().plannedSessions; sequence++) {
            SeriesRules.Window window = SeriesRules.after(previous, spacing.min(), spacing.max(), today);
            AppointmentEntity standing = loaded.standing().get(sequence);
            AppointmentEntity reference = loaded.latestAt(sequence) != null ? loaded.latestAt(sequence)
                    : loaded.all().get(0);
            if (standing != null && (standing.status != AppointmentStatus.BOOKED
                    || window.contains(date(standing, zone)) && standing.startsAt.isAfter(now))) {
                sessions.add(new SeriesReplanView.Session(sequence, Plan.KEEP, standing.id, standing.status,
                        standing.startsAt, window.earliest(), window.latest(), slotOf(standing, zone), List.of(),
                        null, List.of()));
                previous = date(standing, zone);
                continue;
            }
            Map<Candidate, SlotView> views = new HashMap<>();
            SeriesPlanner.FreeSlots free = freeSlots(loaded.series(), reference, today, views, caller);
            PlannedSession planned = SeriesPlanner.plan(1, spacing.min(), spacing.max(),
                    SeriesPlanner.Preferences.keeping(window.earliest(), window.days(),
                            date(reference, zone).getDayOfWeek(), reference.startsAt.atZone(zone).toLocalTime(),
                            reference.practitionerId),
                    zone, free).get(0);
            List<String> compromises = new ArrayList<>(planned.compromises());
            if (window.resumed()) {
                compromises.add("spacing-resumed");
            }
            SlotView slot = planned.chosen() == null ? null : views.get(planned.chosen());
            sessions.add(new SeriesReplanView.Session(sequence, standing == null ? Plan.BOOK_AGAIN : Plan.MOVE,
                    reference.id, reference.status, reference.startsAt, window.earliest(), window.latest(), slot,
                    compromises, planned.reason() == null ? null : planned.reason().replace(
                            "the first session's dates", spacing.min() + "-" + spacing.max() + " days after the "
                                    + "session before"),
                    planned.alternatives().stream().map(views::get).toList()));
            if (slot != null) {
                apply.add(new SeriesReplanFields.Session(sequence, slot.startsAt(), slot.practitionerId(),
                        slot.roomId()));
                previous = slot.startsAt().toLocalDate();
            } else if (!planned.alternatives().isEmpty()) {
                previous = views.get(planned.alternatives().get(0)).startsAt().toLocalDate();
            } else {
                previous = window.earliest();
            }
        }
        boolean complete = sessions.stream().allMatch(s -> s.slot() != null);
        return new SeriesReplanView(loaded.series().id, "\"" + loaded.revision() + "\"", zone.getId(), spacing.min(),
                spacing.max(), complete, sessions, apply);
    }

    /** Free slots for the series' protocol from the availability search, never before today. */
    private SeriesPlanner.FreeSlots freeSlots(SeriesEntity series, AppointmentEntity reference, LocalDate today,
            Map<Candidate, SlotView> views, Caller caller) {
        return (from, to) -> {
            List<Candidate> found = new ArrayList<>();
            LocalDate first = from.isBefore(today) ? today : from;
            for (LocalDate start = first; !start.isAfter(to); start = start.plusDays(AvailabilityService.MAX_DAYS)) {
                LocalDate end = start.plusDays(AvailabilityService.MAX_DAYS - 1L);
                AvailabilityService.Query query = new AvailabilityService.Query(series.protocolId, null,
                        reference.plannedDepthMm, reference.numbing, start, end.isAfter(to) ? to : end, null, null,
                        Integer.MAX_VALUE);
                for (SlotView slot : availability.search(query, caller.subject()).slots()) {
                    Candidate c = new Candidate(slot.startsAt().toInstant(), slot.practitionerId(), slot.roomId());
                    views.put(c, slot);
                    found.add(c);
                }
            }
            return found;
        };
    }

    // --- loading, checks and records

    private Loaded load(UUID id, boolean forChange) {
        SeriesEntity series = (forChange ? seriesRows.findForChange(id) : seriesRows.findByIdOptional(id))
                .orElseThrow(() -> Problems.notFound("series", id));
        List<AppointmentEntity> all = appointments.findBySeries(id);
        Map<Integer, AppointmentEntity> standing = new TreeMap<>();
        for (AppointmentEntity a : all) {
            if (SeriesRules.STANDING.contains(a.status)) {
                standing.put(a.seriesSequence, a);
            }
        }
        return new Loaded(series, all, standing);
    }

    private Loaded lockForChange(UUID id, long expectedRevision) {
        return loadAt(id, expectedRevision, true);
    }

    /**
     * The series and its appointments as they are now, read in a short transaction of their own and not locked, for
     * checks made with no transaction open (404; 412 unless at {@code expectedRevision}).
     */
    private Loaded readAt(UUID id, long expectedRevision) {
        return QuarkusTransaction.joiningExisting().call(() -> loadAt(id, expectedRevision, false));
    }

    private Loaded loadAt(UUID id, long expectedRevision, boolean forChange) {
        Loaded loaded = load(id, forChange);
        if (loaded.revision() != expectedRevision) {
            throw EntityTags.stale(loaded.revision());
        }
        return loaded;
    }

    private Spacing spacing(SeriesEntity series, Caller caller) {
        Protocol protocol = treatments.protocol(series.protocolId, caller.subject())
                .orElseThrow(() -> Problems.of(ProblemType.CONFLICT, "The protocol of this series no longer exists "
                        + "in treatments-service, so its spacing is unknown; cancel the series and book anew."));
        if (protocol.spacingDays() == null || protocol.spacingDays().min() == null
                || protocol.spacingDays().max() == null) {
            throw Problems.of(ProblemType.CONFLICT, "The protocol of this series has no spacing between sessions.");
        }
        return new Spacing(protocol, protocol.spacingDays().min(), protocol.spacingDays().max());
    }

    private static void requirePlace(Loaded loaded, int sequence, String field) {
        if (sequence > loaded.series().plannedSessions) {
            throw Problems.invalid("body", field, "the series has sessions 1 to " + loaded.series().plannedSessions);
        }
    }

    private static void requireBooked(AppointmentEntity session, int sequence, Loaded loaded) {
        if (session == null) {
            AppointmentEntity last = loaded.latestAt(sequence);
            throw Problems.of(ProblemType.CONFLICT, "Session " + sequence + " is "
                    + (last == null ? "not booked" : last.status) + "; re-plan it (proposeSeriesReplan) to book it "
                            + "again.",
                    Map.of("sessionSequence", sequence, "currentStatus", last == null ? "NONE" : last.status.name()));
        }
        if (session.status != AppointmentStatus.BOOKED) {
            throw Problems.of(ProblemType.CONFLICT, "Session " + sequence + " is " + session.status
                    + "; only a booked session can be changed.",
                    Map.of("sessionSequence", sequence, "currentStatus", session.status.name()));
        }
    }

    private static AppointmentEntity standingBefore(Loaded loaded, int sequence) {
        AppointmentEntity found = null;
        for (Map.Entry<Integer, AppointmentEntity> e : loaded.standing().entrySet()) {
            if (e.getKey() < sequence) {
                found = e.getValue();
            }
        }
        return found;
    }

    private static AppointmentEntity standingAfter(Loaded loaded, int sequence) {
        return loaded.standing().entrySet().stream().filter(e -> e.getKey() > sequence).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static boolean unchanged(AppointmentEntity a, SeriesReplanFields.Session s) {
        return a.startsAt.equals(s.startsAt().toInstant()) && a.practitionerId.equals(s.practitionerId())
                && (s.roomId() == null || s.roomId().equals(a.roomId));
    }

    private static LocalDate date(AppointmentEntity a, ZoneId zone) {
        return LocalDate.ofInstant(a.startsAt, zone);
    }

    private static SlotView slotOf(AppointmentEntity a, ZoneId zone) {
        return new SlotView(a.startsAt.atZone(zone).toOffsetDateTime(),
                a.procedureStartsAt.atZone(zone).toOffsetDateTime(), a.procedureEndsAt.atZone(zone).toOffsetDateTime(),
                a.practitionerId, a.roomId);
    }

    /** Bumps the series row's version: every series operation changes the series ETag. */
    private Instant touch(SeriesEntity series) {
        Instant now = clock.instant();
        series.updatedAt = now.isAfter(series.updatedAt) ? now : series.updatedAt.plusNanos(1000);
        return now;
    }

    private void record(UUID seriesId, SeriesChangeKind kind, List<Integer> sequences, String reason,
            List<SeriesChangeView.Move> moves, Caller caller, Instant at) {
        SeriesChangeEntity change = new SeriesChangeEntity();
        change.id = UUID.randomUUID();
        change.seriesId = seriesId;
        change.kind = kind;
        change.sequences = sequences.stream().map(String::valueOf).collect(Collectors.joining(","));
        change.reason = reason == null ? null : reason.strip();
        try {
            change.moves = moves == null || moves.isEmpty() ? null : json.writeValueAsString(moves);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the moves of a series change", e);
        }
        change.changedBy = caller.subject();
        change.changedAt = at;
        changes.persist(change);
    }

    private SeriesChangeView changeView(SeriesChangeEntity change) {
        List<SeriesChangeView.Move> moves;
        try {
            moves = change.moves == null ? List.of()
                    : json.readValue(change.moves, new TypeReference<List<SeriesChangeView.Move>>() {
                    });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read the moves of series change " + change.id, e);
        }
        List<Integer> sequences = change.sequences.isEmpty() ? List.of()
                : java.util.Arrays.stream(change.sequences.split(",")).map(Integer::valueOf).toList();
        return new SeriesChangeView(change.kind, sequences, change.reason, moves, change.changedBy, change.changedAt);
    }

    private SeriesView view(Loaded loaded) {
        SeriesEntity s = loaded.series();
        Map<Integer, AppointmentStatus> statuses = new HashMap<>();
        loaded.standing().forEach((sequence, a) -> statuses.put(sequence, a.status));
        ZoneId zone = calendar.rules().zone();
        List<SeriesView.Attention> attention = new ArrayList<>();
        loaded.standing().forEach((sequence, a) -> {
            if (SeriesRules.UPCOMING.contains(a.status)) {
                SeriesRules.screeningAttention(s.screeningExpiresAt, a.startsAt, zone).ifPresent(message -> attention
                        .add(new SeriesView.Attention(sequence, a.id, "screening-renewal", message)));
            }
        });
        return new SeriesView(s.id, s.clientId, s.courseId, s.protocolId, s.protocolVersion, s.plannedSessions,
                SeriesRules.state(s.plannedSessions, statuses), SeriesRules.openPlaces(s.plannedSessions, statuses),
                attention, loaded.revision(), s.createdAt, s.updatedAt,
                loaded.all().stream().map(AppointmentView::of).toList());
    }

    // --- problems

    private static HttpProblem spacingBroken(String field, String message) {
        return spacingBroken(List.of(FieldViolation.body(field, message)));
    }

    private static HttpProblem spacingBroken(List<FieldViolation> violations) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("violations", violations);
        extensions.put("reasons", violations.stream().map(v -> Reason.of("series-spacing", v.message())).toList());
        return Problems.of(ProblemType.RULE_VIOLATED, "The protocol's spacing between sessions would be broken: "
                + violations.stream().map(FieldViolation::message).collect(Collectors.joining("; "))
                + ". Nothing was changed.", extensions);
    }

    /** The same problem naming the session; a 400's fields are prefixed with where the session is in the body. */
    private static HttpProblem forSession(int sequence, HttpProblem problem, String fieldPrefix) {
        int status = problem.getStatusCode();
        if (status == 400 && !fieldPrefix.isEmpty() && problem.getParameters() != null
                && problem.getParameters().get("violations") instanceof List<?> list) {
            return Problems.invalid(list.stream().filter(FieldViolation.class::isInstance)
                    .map(FieldViolation.class::cast)
                    .map(v -> new FieldViolation(fieldPrefix + v.field(), v.in(), v.message())).toList());
        }
        if (status != 409 && status != 422 && status != 412) {
            return problem;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (problem.getParameters() != null) {
            extensions.putAll(problem.getParameters());
        }
        extensions.put("sessionSequence", sequence);
        ProblemType type = status == 409 ? ProblemType.CONFLICT
                : status == 412 ? ProblemType.PRECONDITION_FAILED : ProblemType.RULE_VIOLATED;
        return Problems.of(type, "Session " + sequence + " of the series: " + problem.getDetail()
                + " Nothing was changed.", extensions);
    }
}
