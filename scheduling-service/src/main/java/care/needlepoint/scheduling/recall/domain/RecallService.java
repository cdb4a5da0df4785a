package care.needlepoint.scheduling.recall.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import care.needlepoint.scheduling.appointment.api.AppointmentFields;
import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.appointment.domain.Caller;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.peer.Course;
import care.needlepoint.scheduling.peer.MaintenanceRecalls;
import care.needlepoint.scheduling.peer.TreatmentCatalogue;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.recall.api.RecallBookingFields;
import care.needlepoint.scheduling.recall.api.RecallView;
import care.needlepoint.scheduling.recall.persistence.RecallBookingEntity;
import care.needlepoint.scheduling.recall.persistence.RecallBookingRepository;
import care.needlepoint.scheduling.recall.persistence.RecallBookingRepository.Booked;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Maintenance recalls: treatments-service knows which courses are due (their series complete, a maintenance window
 * open); this service knows what is booked. Listing joins the two; booking confirms the recall with treatments-service
 * and then books through the ordinary booking path, so a maintenance session passes every check any booking does.
 */
@ApplicationScoped
public class RecallService {

    /**
     * With unbookedOnly, how many pages treatments-service is asked for at most to fill one page: the booked recalls
     * are skipped here, and a page must come back in bounded time even when almost every recall is booked.
     */
    static final int MAX_PEER_PAGES = 10;

    @Inject
    TreatmentCatalogue treatments;

    @Inject
    RecallBookingRepository bookings;

    @Inject
    AppointmentService appointments;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    /**
     * One page of recalls due by {@code dueBy} (default today in the clinic's zone), each with its standing booking;
     * with {@code unbookedOnly} the booked ones are left out, so a page may hold fewer than {@code limit} items while
     * nextCursor is not null. The cursor is treatments-service's, passed through. No transaction: nothing is written,
     * and no database connection is held while treatments-service answers.
     */
    public Page<RecallView> list(LocalDate dueBy, boolean unbookedOnly, String cursor, int limit, Caller caller) {
        LocalDate by = dueBy == null ? LocalDate.now(clock.withZone(calendar.rules().zone())) : dueBy;
        List<RecallView> items = new ArrayList<>();
        String next = cursor;
        int asked = 0;
        do {
            MaintenanceRecalls page = treatments.maintenanceRecalls(by, next, limit - items.size(), caller.subject())
                    .orElseThrow(() -> Problems.invalid("query", "cursor",
                            "is not a cursor this service issued; start again without it"));
            asked++;
            Map<UUID, Booked> booked = standingBookings(page.itemsOrEmpty());
            for (MaintenanceRecalls.Recall recall : page.itemsOrEmpty()) {
                Booked standing = booked.get(recall.courseId());
                if (unbookedOnly && standing != null) {
                    continue;
                }
                items.add(view(recall, standing));
            }
            next = page.nextCursor();
        } while (unbookedOnly && items.size() < limit && next != null && asked < MAX_PEER_PAGES);
        return new Page<>(items, next);
    }

    /** What {@link #check} found for a recall booking: the course's due window and the checked booking. */
    public record CheckedRecall(UUID courseId, Course.DateWindow window, AppointmentService.CheckedBooking booking) {
    }

    /**
     * The checks for booking the maintenance session of a course's recall, with no transaction open while
     * treatments- and clients-service are asked: the course must be in MAINTENANCE with a due window
     * (treatments-service; 404 without the course, 422 otherwise), the start's clinic-local date within that window
     * (422 naming startsAt), and no other standing booking for the same recall (409). Then the ordinary booking
     * checks with the course's client and protocol (AppointmentService.check): hours, client, eligibility.
     */
    public CheckedRecall check(UUID courseId, RecallBookingFields fields, Caller caller) {
        Course course = treatments.course(courseId, caller.subject())
                .orElseThrow(() -> Problems.notFound("course", courseId));
        Course.DateWindow window = course.maintenanceDueWindow();
        if (!"MAINTENANCE".equals(course.status()) || window == null || window.earliest() == null
                || window.latest() == null) {
            throw refused("The course is " + course.status() + " and not due for maintenance: only a course whose "
                    + "series is complete and whose protocol has maintenance can be booked from a recall.",
                    reason("not-due-for-maintenance", null, "The course has no maintenance due window."), Map.of());
        }
        ZoneId zone = calendar.rules().zone();
        LocalDate day = LocalDate.ofInstant(fields.startsAt().toInstant(), zone);
        if (day.isBefore(window.earliest()) || day.isAfter(window.latest())) {
            String message = "startsAt is on " + day + " (clinic time), outside the maintenance due window "
                    + window.earliest() + " to " + window.latest() + ".";
            throw refused(message, reason("outside-maintenance-window", "startsAt", message),
                    Map.of("maintenanceDueWindow", Map.of("earliest", window.earliest().toString(),
                            "latest", window.latest().toString())));
        }
        QuarkusTransaction.joiningExisting().run(() -> refuseIfAlreadyBooked(courseId, window));
        AppointmentService.CheckedBooking booking = appointments.check(new AppointmentFields(course.clientId(),
                fields.practitionerId(), fields.roomId(), course.protocolId(), null, null, fields.plannedDepthMm(),
                fields.numbing(), fields.startsAt(), fields.acknowledgeWarnings(), fields.notes(), null),
                AppointmentService.Mode.BOOK, caller);
        return new CheckedRecall(courseId, window, booking);
    }

    /**
     * Books a checked recall: the course locked, the recall checked again for a standing booking (409), then the
     * appointment (no-overlap under the party locks) and the recall's booking row, in one transaction.
     */
    @Transactional
    public AppointmentView book(CheckedRecall checked, Caller caller) {
        bookings.lockCourse(checked.courseId());
        refuseIfAlreadyBooked(checked.courseId(), checked.window());
        AppointmentView booked = appointments.create(checked.booking(), caller);
        RecallBookingEntity booking = new RecallBookingEntity();
        booking.id = UUID.randomUUID();
        booking.courseId = checked.courseId();
        booking.appointmentId = booked.id();
        booking.windowEarliest = checked.window().earliest();
        booking.windowLatest = checked.window().latest();
        booking.createdBy = caller.subject();
        booking.createdAt = clock.instant();
        bookings.persist(booking);
        return booked;
    }

    private void refuseIfAlreadyBooked(UUID courseId, Course.DateWindow window) {
        for (Booked standing : bookings.findActiveOfCourses(List.of(courseId))) {
            if (standing.booking().windowEarliest.equals(window.earliest())) {
                throw Problems.of(ProblemType.CONFLICT, "This recall is already booked: appointment "
                        + standing.appointment().id + " on " + standing.appointment().startsAt + ". Cancel or move "
                        + "that one instead of booking another.",
                        Map.of("appointmentId", standing.appointment().id.toString()));
            }
        }
    }

    /** Per course of the page, the standing booking made for its current window, if any. */
    private Map<UUID, Booked> standingBookings(List<MaintenanceRecalls.Recall> recalls) {
        Map<UUID, LocalDate> windowOf = new HashMap<>();
        for (MaintenanceRecalls.Recall recall : recalls) {
            if (recall.maintenanceDueWindow() != null) {
                windowOf.put(recall.courseId(), recall.maintenanceDueWindow().earliest());
            }
        }
        Map<UUID, Booked> found = new HashMap<>();
        for (Booked b : bookings.findActiveOfCourses(windowOf.keySet())) {
            if (b.booking().windowEarliest.equals(windowOf.get(b.booking().courseId))) {
                found.put(b.booking().courseId, b);
            }
        }
        return found;
    }

    private static RecallView view(MaintenanceRecalls.Recall recall, Booked standing) {
        Course.DateWindow window = recall.maintenanceDueWindow();
        return new RecallView(recall.courseId(), recall.clientId(), recall.protocolId(), recall.protocolVersion(),
                recall.lastSessionAt(), window == null ? null : new RecallView.Window(window.earliest(),
                        window.latest()),
                standing == null ? null : new RecallView.BookedAppointment(standing.appointment().id,
                        standing.appointment().startsAt, standing.appointment().status,
                        standing.appointment().practitionerId));
    }

    private static Map<String, Object> reason(String code, String field, String message) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("code", code);
        reason.put("effect", "BLOCK");
        if (field != null) {
            reason.put("field", field);
        }
        reason.put("message", message);
        return reason;
    }

    private static HttpProblem refused(String detail, Map<String, Object> reason, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>(more);
        extensions.put("reasons", List.of(reason));
        return Problems.of(ProblemType.RULE_VIOLATED, detail, extensions);
    }
}
