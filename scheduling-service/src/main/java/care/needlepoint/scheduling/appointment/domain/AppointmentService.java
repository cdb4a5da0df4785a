package care.needlepoint.scheduling.appointment.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import care.needlepoint.scheduling.appointment.api.AppointmentFields;
import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.appointment.api.OverrideFields;
import care.needlepoint.scheduling.appointment.api.RescheduleFields;
import care.needlepoint.scheduling.appointment.api.SeriesBookingFields;
import care.needlepoint.scheduling.appointment.api.StatusChangeView;
import care.needlepoint.scheduling.appointment.domain.AppointmentLifecycle.Transition;
import care.needlepoint.scheduling.appointment.domain.BookingPlan.Minutes;
import care.needlepoint.scheduling.appointment.domain.BookingPlan.Phases;
import care.needlepoint.scheduling.appointment.persistence.AppointmentEntity;
import care.needlepoint.scheduling.appointment.persistence.AppointmentRepository;
import care.needlepoint.scheduling.appointment.persistence.AuditEntryEntity;
import care.needlepoint.scheduling.appointment.persistence.AuditEntryRepository;
import care.needlepoint.scheduling.appointment.persistence.StatusChangeEntity;
import care.needlepoint.scheduling.appointment.persistence.StatusChangeRepository;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.calendar.domain.CalendarService.BookableWindows;
import care.needlepoint.scheduling.calendar.domain.ClinicRules;
import care.needlepoint.scheduling.calendar.domain.OwnerKind;
import care.needlepoint.scheduling.peer.BookingFacts;
import care.needlepoint.scheduling.peer.ClientDirectory;
import care.needlepoint.scheduling.peer.CurrentProtocols;
import care.needlepoint.scheduling.peer.CurrentProtocols.ProtocolChanged;
import care.needlepoint.scheduling.peer.Eligibility;
import care.needlepoint.scheduling.peer.Protocol;
import care.needlepoint.scheduling.peer.TreatmentCatalogue;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.paging.Cursor;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.problem.FieldViolation;
import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerEntity;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerRepository;
import care.needlepoint.scheduling.room.persistence.RoomEntity;
import care.needlepoint.scheduling.room.persistence.RoomRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Holding, booking, moving and the lifecycle of appointments; each public method is one transaction, except the checks
 * ({@link #check}, {@link #checkSeries}, {@link #checkSeriesSession}, {@link #checkConfirmation}, {@link #checkMove}),
 * which open only short read transactions of their own and call the other services outside them, and
 * {@link #reschedule}, which runs {@link #checkMove} and then {@link #move}.
 *
 * <p>Double booking is prevented by PostgreSQL's exclusion constraints, not by this class: it inserts (or updates) and
 * turns a refusal into a 409 naming what collided. Before that it checks, in this order, the shape and start, the
 * protocol (treatments-service, kept 30 s), practitioner, room and hours, then the client (clients-service) and
 * eligibility (treatments-service); a service that cannot answer fails the request with a 503 and nothing is stored.
 */
@ApplicationScoped
public class AppointmentService {

    /** How far ahead a booking may lie; further is taken as a typo in the year. */
    static final Duration BOOKING_HORIZON = Duration.ofDays(730);

    static final String SYSTEM = "scheduling-service";

    @Inject
    AppointmentRepository appointments;

    @Inject
    StatusChangeRepository changes;

    @Inject
    AuditEntryRepository audit;

    @Inject
    PractitionerRepository practitioners;

    @Inject
    RoomRepository rooms;

    @Inject
    CalendarService calendar;

    @Inject
    ClientDirectory clients;

    @Inject
    TreatmentCatalogue treatments;

    @Inject
    CurrentProtocols protocols;

    @Inject
    Clock clock;

    @Inject
    Event<SlotReleased> released;

    public enum Mode {
        HOLD, BOOK
    }

    /**
     * The checks of booking one appointment as session {@code sequence} of a stored series (a re-plan booking a
     * cancelled or missed session again): {@link #check}'s, with no transaction open; {@link #create(CheckedBooking,
     * Caller)} stores it carrying its place in the series.
     */
    public CheckedBooking checkSeriesSession(UUID seriesId, int sequence, AppointmentFields fields, Caller caller) {
        return onCurrentProtocol(() -> checkOnce(fields, Mode.BOOK, caller, seriesId, sequence));
    }

    /**
     * What {@link #check} found for one hold or booking, for {@link #create(CheckedBooking, Caller)} to store. Holds no
     * entity: the checks and the write are separate transactions.
     */
    public record CheckedBooking(AppointmentFields fields, Mode mode, UUID practitionerId, UUID roomId,
            Protocol protocol, Minutes minutes, Phases phases, boolean warningsAcknowledged, Duration holdFor,
            UUID seriesId, Integer sequence) {
    }

    /**
     * Everything a hold or booking must pass before it is written: shape, the protocol (treatments-service, kept 30
     * s), practitioner, room and hours (one short read transaction), then the client (clients-service) and
     * eligibility (treatments-service) with no transaction open. A booking waiting on another service therefore holds
     * no database connection: a slow or hung peer delays its own bookings, not every other request of this service
     * queueing for the pool. Overlaps are not checked here: {@link #create(CheckedBooking, Caller)} checks them with
     * the parties locked, where they cannot change.
     */
    public CheckedBooking check(AppointmentFields fields, Mode mode, Caller caller) {
        return onCurrentProtocol(() -> checkOnce(fields, mode, caller, null, null));
    }

    /** Stores a checked hold or booking: party locks, collisions, the insert and its status history. */
    @Transactional
    public AppointmentView create(CheckedBooking checked, Caller caller) {
        AppointmentFields fields = checked.fields();
        Protocol protocol = checked.protocol();
        Instant now = clock.instant();
        AppointmentEntity appointment = new AppointmentEntity();
        appointment.id = UUID.randomUUID();
        appointment.clientId = fields.clientId();
        appointment.practitionerId = checked.practitionerId();
        appointment.roomId = checked.roomId();
        appointment.protocolId = protocol == null ? null : protocol.id();
        appointment.protocolVersion = protocol == null ? null : protocol.version();
        appointment.title = title(fields.title(), protocol);
        appointment.plannedDepthMm = fields.plannedDepthMm();
        appointment.warningsAcknowledged = checked.warningsAcknowledged();
        appointment.notes = blankToNull(fields.notes());
        appointment.status = checked.mode() == Mode.HOLD ? AppointmentStatus.HELD : AppointmentStatus.BOOKED;
        appointment.holdExpiresAt = checked.mode() == Mode.HOLD ? now.plus(checked.holdFor()) : null;
        appointment.createdBy = caller.subject();
        appointment.createdAt = now;
        appointment.seriesId = checked.seriesId();
        appointment.seriesSequence = checked.sequence();
        applyPlan(appointment, checked.minutes(), checked.phases(), now);
        store(appointment, appointment.practitionerId, appointment.roomId, checked.phases(), fields.override(), caller,
                now, () -> appointments.persist(appointment));
        String why = fields.override() == null ? null : "override: " + fields.override().reason().strip();
        if (checked.seriesId() != null) {
            why = "series " + checked.seriesId() + " session " + checked.sequence() + (why == null ? "" : "; " + why);
        }
        recordChange(appointment.id, null, appointment.status, caller.subject(), now, why);
        return AppointmentView.of(appointment);
    }

    /**
     * Runs a booking's checks again, once, when they were made with a protocol version that was no longer current
     * ({@link CurrentProtocols#confirm}); nothing is stored before that check. A second change within the same
     * request is a 409.
     */
    private static <T> T onCurrentProtocol(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ProtocolChanged first) {
            try {
                return attempt.get();
            } catch (ProtocolChanged again) {
                throw Problems.of(ProblemType.CONFLICT, "The protocol changed (now version " + again.judgedVersion()
                        + ") while this booking was being checked; nothing was booked. Send the request again.",
                        Map.of("protocolId", again.protocolId().toString()));
            }
        }
    }

    /** What the local part of a booking's checks found. */
    private record LocalFacts(ClinicRules rules, UUID practitionerId, UUID roomId, Minutes minutes, Phases phases) {
    }

    private CheckedBooking checkOnce(AppointmentFields fields, Mode mode, Caller caller, UUID seriesId,
            Integer sequence) {
        if (fields.override() != null && mode == Mode.HOLD) {
            throw Problems.invalid("body", "override", "a hold cannot override; book directly");
        }
        requireAdminFor(fields.override(), caller);
        List<FieldViolation> violations = new ArrayList<>(BookingPlan.lengthViolations(fields.protocolId(),
                fields.durationMinutes(), fields.plannedDepthMm(), fields.numbing()));
        if (fields.protocolId() != null && fields.roomId() == null) {
            violations.add(FieldViolation.body("roomId", "is required with a protocolId: a treatment needs a room"));
        }
        Instant startsAt = fields.startsAt().toInstant();
        checkStart(startsAt, clock.instant(), violations);
        // The protocol first (kept 30 s; otherwise one call to treatments-service), outside the read transaction; an
        // unknown one is reported with every other field that does not fit.
        Protocol protocol = fields.protocolId() == null ? null
                : protocols.get(fields.protocolId(), caller.subject()).orElse(null);
        if (fields.protocolId() != null && protocol == null) {
            violations.add(FieldViolation.body("protocolId", "no protocol with this id"));
        }
        LocalFacts local = QuarkusTransaction.joiningExisting()
                .call(() -> localFacts(fields, protocol, startsAt, violations));
        requireBookableClient(fields.clientId(), protocol != null, caller);
        boolean acknowledged = protocol != null && requireEligible(fields.clientId(), protocol, local.phases(),
                local.rules().zone(), Boolean.TRUE.equals(fields.acknowledgeWarnings()), caller);
        return new CheckedBooking(fields, mode, local.practitionerId(), local.roomId(), protocol, local.minutes(),
                local.phases(), acknowledged, local.rules().holdFor(), seriesId, sequence);
    }

    /** Practitioner, room, the visit's minutes and the hours: this service's own facts, read in one transaction. */
    private LocalFacts localFacts(AppointmentFields fields, Protocol protocol, Instant startsAt,
            List<FieldViolation> violations) {
        ClinicRules rules = calendar.rules();
        PractitionerEntity practitioner = practitioners.findById(fields.practitionerId());
        if (practitioner == null) {
            violations.add(FieldViolation.body("practitionerId", "no practitioner with this id"));
        }
        RoomEntity room = fields.roomId() == null ? null : rooms.findById(fields.roomId());
        if (fields.roomId() != null && room == null) {
            violations.add(FieldViolation.body("roomId", "no room with this id"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        requireActive(practitioner, room);
        int turnover = room == null ? 0 : rules.turnoverMinutes();
        Minutes minutes = protocol != null
                ? BookingPlan.forProtocol(protocol, fields.plannedDepthMm(), fields.numbing(), turnover)
                : BookingPlan.plain(fields.durationMinutes(), turnover);
        if (!minutes.valid()) {
            throw Problems.invalid(minutes.violations());
        }
        Phases phases = minutes.at(startsAt);
        if (fields.override() == null) {
            requireWithinHours(practitioner.id, room, phases, rules.zone());
        }
        return new LocalFacts(rules, practitioner.id, room == null ? null : room.id, minutes, phases);
    }

    /** What {@link #checkConfirmation} found for a hold: the version it judged and whether warnings pass acknowledged. */
    public record CheckedConfirmation(UUID holdId, long version, boolean warningsAcknowledged) {
    }

    /**
     * The checks for confirming a live hold as a booking, as {@link #check} makes a booking's: the hold read (not
     * locked) in a short transaction, then the client and eligibility again with no transaction open.
     */
    public CheckedConfirmation checkConfirmation(UUID holdId, Caller caller) {
        return onCurrentProtocol(() -> checkConfirmationOnce(holdId, caller));
    }

    /** The parts of an appointment its checks need, read without a lock. */
    private record Snapshot(UUID id, long version, UUID clientId, UUID practitionerId, UUID roomId, UUID protocolId,
            Integer protocolVersion, BigDecimal plannedDepthMm, boolean numbing, int procedureMinutes,
            boolean warningsAcknowledged, Phases phases, ClinicRules rules) {

        static Snapshot of(AppointmentEntity a, ClinicRules rules) {
            return new Snapshot(a.id, a.version, a.clientId, a.practitionerId, a.roomId, a.protocolId,
                    a.protocolVersion, a.plannedDepthMm, a.numbing, a.procedureMinutes, a.warningsAcknowledged,
                    phasesOf(a), rules);
        }
    }

    private CheckedConfirmation checkConfirmationOnce(UUID holdId, Caller caller) {
        Snapshot hold = QuarkusTransaction.joiningExisting().call(() -> {
            AppointmentEntity found = appointments.findByIdOptional(holdId)
                    .orElseThrow(() -> Problems.notFound("hold", holdId));
            refuseUnlessConfirmable(found, clock.instant());
            return Snapshot.of(found, calendar.rules());
        });
        requireBookableClient(hold.clientId(), hold.protocolId() != null, caller);
        boolean acknowledged = hold.warningsAcknowledged();
        if (hold.protocolId() != null) {
            Protocol protocol = protocols.get(hold.protocolId(), caller.subject())
                    .orElseThrow(() -> Problems.of(ProblemType.CONFLICT,
                            "The protocol of this hold no longer exists; hold again with another protocol."));
            acknowledged = requireEligible(hold.clientId(), protocol, hold.phases(), hold.rules().zone(),
                    hold.warningsAcknowledged(), caller);
        }
        return new CheckedConfirmation(holdId, hold.version(), acknowledged);
    }

    /** Books a checked hold, provided it is still the hold that was checked and still live. */
    @Transactional
    public AppointmentView confirm(CheckedConfirmation checked, Caller caller) {
        AppointmentEntity hold = appointments.findForUpdate(checked.holdId())
                .orElseThrow(() -> Problems.notFound("hold", checked.holdId()));
        Instant now = clock.instant();
        refuseUnlessConfirmable(hold, now);
        if (hold.version != checked.version()) {
            throw Problems.of(ProblemType.CONFLICT, "The hold changed while it was being confirmed; nothing was "
                    + "confirmed. Confirm it again.");
        }
        hold.warningsAcknowledged = checked.warningsAcknowledged();
        return change(hold, Transition.CONFIRM, caller, now, null);
    }

    private static void refuseUnlessConfirmable(AppointmentEntity hold, Instant now) {
        refuseIfNotAllowed(hold, Transition.CONFIRM, now);
        if (!hold.holdExpiresAt.isAfter(now)) {
            throw Problems.of(ProblemType.CONFLICT, "The hold lapsed at " + hold.holdExpiresAt
                    + "; the slot may have been taken since. Hold or book it again.",
                    Map.of("holdExpiresAt", hold.holdExpiresAt.toString()));
        }
    }

    /** Releases a hold before it lapses: the slot is free at once. */
    @Transactional
    public AppointmentView releaseHold(UUID holdId, Caller caller) {
        AppointmentEntity hold = appointments.findForUpdate(holdId)
                .orElseThrow(() -> Problems.notFound("hold", holdId));
        Instant now = clock.instant();
        refuseIfNotAllowed(hold, Transition.RELEASE, now);
        return change(hold, Transition.RELEASE, caller, now, "released");
    }

    /** Check-in, completion and no-show: the status moves on, nothing else changes. */
    @Transactional
    public AppointmentView transition(UUID id, Transition transition, Long expectedVersion, Caller caller) {
        AppointmentEntity appointment = lockedForChange(id, expectedVersion, caller);
        Instant now = clock.instant();
        refuseIfNotAllowed(appointment, transition, now);
        return change(appointment, transition, caller, now, null);
    }

    @Transactional
    public AppointmentView cancel(UUID id, String reason, Long expectedVersion, Caller caller) {
        AppointmentEntity appointment = lockedForChange(id, expectedVersion, caller);
        Instant now = clock.instant();
        refuseIfNotAllowed(appointment, Transition.CANCEL, now);
        ClinicRules rules = calendar.rules();
        appointment.cancellationReason = reason.strip();
        appointment.cancelledBy = caller.subject();
        appointment.cancelledAt = now;
        appointment.lateCancellation = AppointmentLifecycle.isLateCancellation(now, appointment.startsAt,
                rules.lateCancellationWindow());
        AppointmentView cancelled = change(appointment, Transition.CANCEL, caller, now, reason.strip());
        released.fire(releasedBy(appointment, SlotReleased.Cause.CANCELLED));
        return cancelled;
    }

    /** What {@link #checkMove} found for a move, for {@link #move} to store. */
    public record CheckedMove(UUID id, long expectedVersion, RescheduleFields fields, UUID practitionerId, UUID roomId,
            Minutes minutes, Phases phases, BigDecimal plannedDepthMm, Integer protocolVersion,
            boolean warningsAcknowledged) {
    }

    /**
     * Moves a booked appointment; everything a new booking checks is checked again: {@link #checkMove} with no
     * transaction open, then {@link #move} in one of its own.
     */
    public AppointmentView reschedule(UUID id, RescheduleFields fields, long expectedVersion, Caller caller) {
        return move(checkMove(id, fields, expectedVersion, caller), caller);
    }

    /**
     * A move's checks, as {@link #check} makes a booking's: the appointment (not locked; 412 when its version is not
     * {@code expectedVersion}), then the protocol, then practitioner, room and hours in a short read transaction, then
     * the client and eligibility with no transaction open.
     */
    public CheckedMove checkMove(UUID id, RescheduleFields fields, long expectedVersion, Caller caller) {
        return onCurrentProtocol(() -> checkMoveOnce(id, fields, expectedVersion, caller));
    }

    private CheckedMove checkMoveOnce(UUID id, RescheduleFields fields, long expectedVersion, Caller caller) {
        requireAdminFor(fields.override(), caller);
        Snapshot appointment = QuarkusTransaction.joiningExisting().call(() -> {
            AppointmentEntity found = appointments.findByIdOptional(id)
                    .orElseThrow(() -> Problems.notFound("appointment", id));
            requireOwnIfPractitioner(found, caller);
            if (found.version != expectedVersion) {
                throw EntityTags.stale(found.version);
            }
            refuseIfNotAllowed(found, Transition.RESCHEDULE, clock.instant());
            return Snapshot.of(found, calendar.rules());
        });
        Protocol protocol = appointment.protocolId() == null ? null
                : protocols.get(appointment.protocolId(), caller.subject())
                        .orElseThrow(() -> Problems.of(ProblemType.CONFLICT,
                                "The protocol of this appointment no longer exists; cancel and book anew."));
        BigDecimal depth = fields.plannedDepthMm() == null ? appointment.plannedDepthMm() : fields.plannedDepthMm();
        LocalFacts local = QuarkusTransaction.joiningExisting()
                .call(() -> localMoveFacts(appointment, fields, protocol, depth));
        requireBookableClient(appointment.clientId(), protocol != null, caller);
        boolean acknowledged = protocol != null && requireEligible(appointment.clientId(), protocol, local.phases(),
                local.rules().zone(), Boolean.TRUE.equals(fields.acknowledgeWarnings()), caller);
        Integer protocolVersion = protocol == null ? appointment.protocolVersion() : protocol.version();
        return new CheckedMove(id, expectedVersion, fields, local.practitionerId(), local.roomId(), local.minutes(),
                local.phases(), depth, protocolVersion, acknowledged);
    }

    /** Practitioner, room, the visit's minutes and the hours of a move: this service's own facts. */
    private LocalFacts localMoveFacts(Snapshot appointment, RescheduleFields fields, Protocol protocol,
            BigDecimal depth) {
        ClinicRules rules = appointment.rules();
        List<FieldViolation> violations = new ArrayList<>();
        Instant startsAt = fields.startsAt().toInstant();
        checkStart(startsAt, clock.instant(), violations);
        UUID practitionerId = fields.practitionerId() == null ? appointment.practitionerId() : fields.practitionerId();
        UUID roomId = fields.roomId() == null ? appointment.roomId() : fields.roomId();
        PractitionerEntity practitioner = practitioners.findById(practitionerId);
        if (practitioner == null) {
            violations.add(FieldViolation.body("practitionerId", "no practitioner with this id"));
        }
        RoomEntity room = roomId == null ? null : rooms.findById(roomId);
        if (roomId != null && room == null) {
            violations.add(FieldViolation.body("roomId", "no room with this id"));
        }
        if (appointment.protocolId() == null && (fields.plannedDepthMm() != null || fields.numbing() != null)) {
            violations.add(FieldViolation.body(fields.numbing() != null ? "numbing" : "plannedDepthMm",
                    "only for an appointment with a protocol"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        requireActive(practitioner, room);
        int turnover = room == null ? 0 : rules.turnoverMinutes();
        Minutes minutes;
        if (protocol != null) {
            Boolean numbing = fields.numbing() == null ? Boolean.valueOf(appointment.numbing()) : fields.numbing();
            minutes = BookingPlan.forProtocol(protocol, depth, numbing, turnover);
        } else {
            minutes = BookingPlan.plain(appointment.procedureMinutes(), turnover);
        }
        if (!minutes.valid()) {
            throw Problems.invalid(minutes.violations());
        }
        Phases phases = minutes.at(startsAt);
        if (fields.override() == null) {
            requireWithinHours(practitioner.id, room, phases, rules.zone());
        }
        return new LocalFacts(rules, practitioner.id, room == null ? null : room.id, minutes, phases);
    }

    /** Stores a checked move, provided the appointment is still at the version that was checked (412 otherwise). */
    @Transactional
    public AppointmentView move(CheckedMove checked, Caller caller) {
        AppointmentEntity appointment = lockedForChange(checked.id(), checked.expectedVersion(), caller);
        Instant now = clock.instant();
        refuseIfNotAllowed(appointment, Transition.RESCHEDULE, now);
        RescheduleFields fields = checked.fields();
        Instant previousStart = appointment.startsAt;
        SlotReleased previousSlot = releasedBy(appointment, SlotReleased.Cause.RESCHEDULED);
        store(appointment, checked.practitionerId(), checked.roomId(), checked.phases(), fields.override(), caller, now,
                () -> {
                    appointment.practitionerId = checked.practitionerId();
                    appointment.roomId = checked.roomId();
                    appointment.plannedDepthMm = checked.plannedDepthMm();
                    appointment.warningsAcknowledged = checked.warningsAcknowledged();
                    appointment.protocolVersion = checked.protocolVersion();
                    applyPlan(appointment, checked.minutes(), checked.phases(), now);
                });
        String reason = "rescheduled from " + previousStart + " to " + checked.phases().startsAt()
                + (fields.override() == null ? "" : "; override: " + fields.override().reason().strip());
        recordChange(appointment.id, AppointmentStatus.BOOKED, AppointmentStatus.BOOKED, caller.subject(), now,
                reason);
        recordAudit(caller.subject(), now, "RESCHEDULE", appointment.id, reason);
        released.fire(previousSlot);
        return AppointmentView.of(appointment);
    }

    @Transactional
    public AppointmentView get(UUID id, Caller caller) {
        AppointmentEntity appointment = appointments.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("appointment", id));
        requireOwnIfPractitioner(appointment, caller);
        return AppointmentView.of(appointment);
    }

    @Transactional
    public List<StatusChangeView> history(UUID id, Caller caller) {
        AppointmentEntity appointment = appointments.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("appointment", id));
        requireOwnIfPractitioner(appointment, caller);
        return changes.findByAppointment(id).stream().map(StatusChangeView::of).toList();
    }

    /** A practitioner's or room's appointments starting on the local dates [from, from + days). */
    @Transactional
    public Page<AppointmentView> calendarPage(OwnerKind kind, UUID ownerId, LocalDate from, int days, String cursor,
            int limit, Caller caller) {
        if (kind == OwnerKind.PRACTITIONER) {
            if (practitioners.findByIdOptional(ownerId).isEmpty()) {
                throw Problems.notFound("practitioner", ownerId);
            }
            if (caller.practitionerOnly() && !ownerId.equals(ownPractitionerId(caller))) {
                throw Problems.of(ProblemType.FORBIDDEN, "A practitioner may read only their own calendar.");
            }
        } else if (rooms.findByIdOptional(ownerId).isEmpty()) {
            throw Problems.notFound("room", ownerId);
        }
        ZoneId zone = calendar.rules().zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(zone).toInstant();
        Object[] after = afterKey(cursor);
        List<AppointmentEntity> rows = appointments.findCalendarPage(
                kind == OwnerKind.PRACTITIONER ? "practitionerId" : "roomId", ownerId, start, end,
                (Instant) after[0], (UUID) after[1], limit + 1);
        return Page.from(rows, limit, AppointmentView::of,
                last -> List.of(last.startsAt.toString(), last.id.toString()));
    }

    /** A client's upcoming (soonest first) or past (latest first) appointments. */
    @Transactional
    public Page<AppointmentView> clientPage(UUID clientId, boolean upcoming, String cursor, int limit) {
        Object[] after = afterKey(cursor);
        List<AppointmentEntity> rows = appointments.findClientPage(clientId, upcoming, clock.instant(),
                (Instant) after[0], (UUID) after[1], limit + 1);
        return Page.from(rows, limit, AppointmentView::of,
                last -> List.of(last.startsAt.toString(), last.id.toString()));
    }

    /** Appointments changed at or after {@code since}, oldest change first: for integrations that sync. */
    @Transactional
    public Page<AppointmentView> updatedPage(Instant since, String cursor, int limit) {
        Object[] after = afterKey(cursor);
        List<AppointmentEntity> rows = appointments.findUpdatedPage(since, (Instant) after[0], (UUID) after[1],
                limit + 1);
        return Page.from(rows, limit, AppointmentView::of,
                last -> List.of(last.updatedAt.toString(), last.id.toString()));
    }

    /** Lapsed holds become EXPIRED every minute, so that lists and syncing integrations see them lapse. */
    @Scheduled(every = "${needlepoint.holds.expire-every:60s}", delayed = "30s")
    @Transactional
    void expireLapsedHolds() {
        appointments.expireAllLapsedHolds(clock.instant());
    }

    // --- checks

    private static void checkStart(Instant startsAt, Instant now, List<FieldViolation> violations) {
        if (!startsAt.isAfter(now)) {
            violations.add(FieldViolation.body("startsAt", "must be in the future"));
        } else if (startsAt.isAfter(now.plus(BOOKING_HORIZON))) {
            violations.add(FieldViolation.body("startsAt", "must be within " + BOOKING_HORIZON.toDays()
                    + " days from now"));
        }
    }

    private static void requireAdminFor(OverrideFields override, Caller caller) {
        if (override != null && !caller.admin()) {
            throw Problems.of(ProblemType.FORBIDDEN, "Only an administrator may book over a conflict (override).");
        }
    }

    private static void requireActive(PractitionerEntity practitioner, RoomEntity room) {
        List<Reason> reasons = new ArrayList<>();
        if (!practitioner.active) {
            reasons.add(Reason.of("practitioner-inactive", "The practitioner is not active and cannot be booked."));
        }
        if (room != null && !room.active) {
            reasons.add(Reason.of("room-inactive", "The room is not active and cannot be booked."));
        }
        if (!reasons.isEmpty()) {
            throw refused(reasons.stream().map(Reason::message).collect(Collectors.joining(" ")), reasons);
        }
    }

    /** The practitioner must work the procedure; the client's whole visit must fall in the room's (or clinic's) hours. */
    private void requireWithinHours(UUID practitionerId, RoomEntity room, Phases phases, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(phases.startsAt(), zone);
        LocalDate from = day.minusDays(1);
        LocalDate to = LocalDate.ofInstant(phases.roomFreeAt(), zone).plusDays(1);
        List<Reason> reasons = new ArrayList<>();
        BookableWindows windows = calendar.bookableWindows(List.of(practitionerId),
                room == null ? List.of() : List.of(room.id), from, to, zone);
        if (!windows.practitioner(practitionerId).covers(phases.practitioner())) {
            reasons.add(Reason.of("outside-working-hours",
                    "The practitioner is not working for the whole procedure (working hours, time off, closures)."));
        }
        if (room != null) {
            if (!windows.room(room.id).covers(phases.client())) {
                reasons.add(Reason.of("outside-working-hours",
                        "The room is not available for the whole visit (room hours, time off, closures)."));
            }
        } else if (!windows.clinic().covers(phases.client())) {
            reasons.add(Reason.of("outside-working-hours", "The clinic is not open for the whole visit."));
        }
        if (!reasons.isEmpty()) {
            throw refused(reasons.stream().map(Reason::message).collect(Collectors.joining(" ")), reasons);
        }
    }

    /** The client exists and is bookable; a treatment also needs a valid treatment consent. */
    private BookingFacts requireBookableClient(UUID clientId, boolean treatment, Caller caller) {
        BookingFacts facts = clients.bookingFacts(clientId, caller.subject())
                .orElseThrow(() -> Problems.invalid("body", "clientId", "no client with this id"));
        if (!facts.isBookable()) {
            throw refused("The client is " + facts.status() + " and cannot be booked.",
                    List.of(Reason.of("client-not-bookable", "The client is " + facts.status() + ".")));
        }
        if (treatment && !facts.hasValidTreatmentConsent()) {
            throw refused("The client has no valid consent to microneedling treatment.",
                    List.of(Reason.of("consent-missing", "No valid " + BookingFacts.TREATMENT_CONSENT
                            + " consent: the client must consent to the current document first.")));
        }
        return facts;
    }

    /**
     * OK passes; WARN passes only when acknowledged (and says so); BLOCK, or any outcome we cannot read, refuses with
     * the findings as reasons.
     */
    private boolean requireEligible(UUID clientId, Protocol protocol, Phases phases, ZoneId zone, boolean acknowledge,
            Caller caller) {
        LocalDate on = LocalDate.ofInstant(phases.startsAt(), zone);
        Eligibility eligibility = treatments.eligibility(clientId, protocol.id(), on, caller.subject());
        protocols.confirm(protocol, eligibility.protocolVersion());
        return accept(eligibility, on, acknowledge);
    }

    /** {@link #requireEligible}'s judgement of an answer already had: true when it passes only acknowledged. */
    private static boolean accept(Eligibility eligibility, LocalDate on, boolean acknowledge) {
        if (eligibility.isOk()) {
            return false;
        }
        List<Reason> reasons = eligibility.findingsOrEmpty().stream()
                .map(f -> new Reason(f.code(), f.effect(), f.item(), f.message())).toList();
        if (eligibility.isWarningOnly()) {
            if (acknowledge) {
                return true;
            }
            throw refused("The eligibility check warns about this client and protocol; discuss the warnings with "
                    + "the client and send acknowledgeWarnings: true to book anyway.", reasons, "WARN");
        }
        throw refused("The client is not eligible for this protocol on " + on + ".", reasons, "BLOCK");
    }

    private static HttpProblem refused(String detail, List<Reason> reasons) {
        return Problems.of(ProblemType.RULE_VIOLATED, detail, Map.of("reasons", reasons));
    }

    private static HttpProblem refused(String detail, List<Reason> reasons, String outcome) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("outcome", outcome);
        extensions.put("reasons", reasons);
        return Problems.of(ProblemType.RULE_VIOLATED, detail, extensions);
    }

    /**
     * What {@link #checkSeries} found for a series, for {@link #bookSeries} to store: one practitioner and room per
     * session, in order.
     */
    public record CheckedSeries(SeriesBookingFields fields, Protocol protocol, Minutes minutes,
            List<UUID> practitionerIds, List<UUID> roomIds, List<Phases> phases, boolean warningsAcknowledged,
            Instant screeningExpiresAt) {
    }

    /**
     * A series' checks, as {@link #check} makes them for one booking: the protocol, then practitioners, rooms, spacing
     * and hours of every session in one short read transaction, then the client once and eligibility for every
     * distinct clinic date of the sessions in one call (see {@link SeriesEligibility}), with no transaction open. A
     * session that fails is named by its sequence number.
     */
    public CheckedSeries checkSeries(SeriesBookingFields fields, Caller caller) {
        return onCurrentProtocol(() -> checkSeriesOnce(fields, caller));
    }

    /** A series' own facts: practitioners, rooms, spacing, minutes and hours, read in one transaction. */
    private record LocalSeriesFacts(ZoneId zone, Minutes minutes, List<UUID> practitionerIds, List<UUID> roomIds,
            List<Phases> phases) {
    }

    private CheckedSeries checkSeriesOnce(SeriesBookingFields fields, Caller caller) {
        Instant now = clock.instant();
        List<SeriesBookingFields.Session> sessions = fields.sessions();
        List<FieldViolation> violations = new ArrayList<>();
        for (int k = 0; k < sessions.size(); k++) {
            String at = "sessions[" + k + "].";
            List<FieldViolation> startViolations = new ArrayList<>();
            checkStart(sessions.get(k).startsAt().toInstant(), now, startViolations);
            startViolations.forEach(v -> violations.add(FieldViolation.body(at + v.field(), v.message())));
        }
        Protocol protocol = protocols.get(fields.protocolId(), caller.subject()).orElse(null);
        if (protocol == null) {
            violations.add(FieldViolation.body("protocolId", "no protocol with this id"));
        } else if (protocol.spacingDays() == null || protocol.spacingDays().min() == null
                || protocol.spacingDays().max() == null) {
            violations.add(FieldViolation.body("protocolId", "the protocol has no spacing between sessions"));
        }
        LocalSeriesFacts local = QuarkusTransaction.joiningExisting()
                .call(() -> localSeriesFacts(fields, protocol, violations));
        ZoneId zone = local.zone();
        List<Phases> phases = local.phases();
        // A dependency that cannot answer stops everything before any row exists. The client once; eligibility for
        // each distinct clinic date, the first as for a single booking, later ones by SeriesEligibility.
        BookingFacts facts = requireBookableClient(fields.clientId(), true, caller);
        boolean acknowledge = Boolean.TRUE.equals(fields.acknowledgeWarnings());
        // One call for every distinct date (treatments-service reads the client's facts once), each date judged with
        // the first session it falls on.
        Map<LocalDate, Integer> firstSessionOn = new LinkedHashMap<>();
        for (int k = 0; k < sessions.size(); k++) {
            firstSessionOn.putIfAbsent(LocalDate.ofInstant(phases.get(k).startsAt(), zone), k);
        }
        List<LocalDate> dates = List.copyOf(firstSessionOn.keySet());
        Map<LocalDate, Eligibility> verdicts = treatments.eligibilityOn(fields.clientId(), protocol.id(), dates,
                caller.subject());
        protocols.confirm(protocol, verdicts.get(dates.get(0)).protocolVersion());
        boolean acknowledged = accept(verdicts.get(dates.get(0)), dates.get(0), acknowledge);
        for (LocalDate on : dates.subList(1, dates.size())) {
            int k = firstSessionOn.get(on);
            Eligibility eligibility = verdicts.get(on);
            List<Eligibility.Finding> refusing = SeriesEligibility.refusing(eligibility);
            if (!refusing.isEmpty()) {
                throw forSession(k + 1, refused("The client is not eligible for this protocol on " + on + ".",
                        refusing.stream().map(f -> new Reason(f.code(), f.effect(), f.item(), f.message())).toList(),
                        "BLOCK"));
            }
            if (SeriesEligibility.warns(eligibility)) {
                if (!acknowledge) {
                    throw forSession(k + 1, refused("The eligibility check warns about this client and protocol on "
                            + on + "; discuss the warnings with the client and send acknowledgeWarnings: true to book "
                            + "anyway.", eligibility.findingsOrEmpty().stream()
                                    .map(f -> new Reason(f.code(), f.effect(), f.item(), f.message())).toList(),
                            "WARN"));
                }
                acknowledged = true;
            }
        }
        return new CheckedSeries(fields, protocol, local.minutes(), local.practitionerIds(), local.roomIds(), phases,
                acknowledged, facts.screening() == null ? null : facts.screening().expiresAt());
    }

    private LocalSeriesFacts localSeriesFacts(SeriesBookingFields fields, Protocol protocol,
            List<FieldViolation> violations) {
        ClinicRules rules = calendar.rules();
        ZoneId zone = rules.zone();
        List<SeriesBookingFields.Session> sessions = fields.sessions();
        List<PractitionerEntity> practitionerOf = new ArrayList<>();
        List<RoomEntity> roomOf = new ArrayList<>();
        for (int k = 0; k < sessions.size(); k++) {
            SeriesBookingFields.Session session = sessions.get(k);
            String at = "sessions[" + k + "].";
            PractitionerEntity practitioner = practitioners.findById(session.practitionerId());
            if (practitioner == null) {
                violations.add(FieldViolation.body(at + "practitionerId", "no practitioner with this id"));
            }
            RoomEntity room = rooms.findById(session.roomId());
            if (room == null) {
                violations.add(FieldViolation.body(at + "roomId", "no room with this id"));
            }
            practitionerOf.add(practitioner);
            roomOf.add(room);
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        int spacingMin = protocol.spacingDays().min();
        int spacingMax = protocol.spacingDays().max();
        for (int k = 1; k < sessions.size(); k++) {
            String at = "sessions[" + k + "].";
            Instant startsAt = sessions.get(k).startsAt().toInstant();
            LocalDate previous = LocalDate.ofInstant(sessions.get(k - 1).startsAt().toInstant(), zone);
            long days = LocalDate.ofInstant(startsAt, zone).toEpochDay() - previous.toEpochDay();
            if (days < spacingMin || days > spacingMax) {
                violations.add(FieldViolation.body(at + "startsAt", "must be " + spacingMin + " to " + spacingMax
                        + " days (clinic dates) after session " + k + "; it is " + days));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        Minutes minutes = BookingPlan.forProtocol(protocol, fields.plannedDepthMm(), fields.numbing(),
                rules.turnoverMinutes());
        if (!minutes.valid()) {
            throw Problems.invalid(minutes.violations());
        }
        List<Phases> phases = new ArrayList<>();
        for (int k = 0; k < sessions.size(); k++) {
            requireActive(practitionerOf.get(k), roomOf.get(k));
            Phases p = minutes.at(sessions.get(k).startsAt().toInstant());
            phases.add(p);
            try {
                requireWithinHours(practitionerOf.get(k).id, roomOf.get(k), p, zone);
            } catch (HttpProblem e) {
                throw forSession(k + 1, e);
            }
        }
        return new LocalSeriesFacts(zone, minutes, practitionerOf.stream().map(p -> p.id).toList(),
                roomOf.stream().map(r -> r.id).toList(), phases);
    }

    /**
     * Books every session of a checked series or none, in one transaction, under the same exclusion constraints as a
     * single booking. A session that collides is a 409 naming its sequence number; the whole transaction rolls back.
     * {@code seriesId} is the series row the caller stores in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AppointmentView> bookSeries(UUID seriesId, CheckedSeries checked, Caller caller) {
        SeriesBookingFields fields = checked.fields();
        Protocol protocol = checked.protocol();
        Instant now = clock.instant();
        List<AppointmentView> booked = new ArrayList<>();
        for (int k = 0; k < fields.sessions().size(); k++) {
            AppointmentEntity appointment = new AppointmentEntity();
            appointment.id = UUID.randomUUID();
            appointment.clientId = fields.clientId();
            appointment.practitionerId = checked.practitionerIds().get(k);
            appointment.roomId = checked.roomIds().get(k);
            appointment.protocolId = protocol.id();
            appointment.protocolVersion = protocol.version();
            appointment.title = title(null, protocol);
            appointment.plannedDepthMm = fields.plannedDepthMm();
            appointment.warningsAcknowledged = checked.warningsAcknowledged();
            appointment.status = AppointmentStatus.BOOKED;
            appointment.createdBy = caller.subject();
            appointment.createdAt = now;
            appointment.seriesId = seriesId;
            appointment.seriesSequence = k + 1;
            Phases phases = checked.phases().get(k);
            applyPlan(appointment, checked.minutes(), phases, now);
            try {
                store(appointment, appointment.practitionerId, appointment.roomId, phases, null, caller, now,
                        () -> appointments.persist(appointment));
            } catch (HttpProblem e) {
                throw forSession(k + 1, e);
            }
            recordChange(appointment.id, null, appointment.status, caller.subject(), now,
                    "series " + seriesId + " session " + (k + 1));
            booked.add(AppointmentView.of(appointment));
        }
        return booked;
    }

    /** The same problem, saying which session of the series it is about. */
    private static HttpProblem forSession(int sequence, HttpProblem problem) {
        if (problem.getStatusCode() != 409 && problem.getStatusCode() != 422) {
            return problem;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (problem.getParameters() != null) {
            extensions.putAll(problem.getParameters());
        }
        extensions.put("sessionSequence", sequence);
        return Problems.of(problem.getStatusCode() == 409 ? ProblemType.CONFLICT : ProblemType.RULE_VIOLATED,
                "Session " + sequence + " of the series: " + problem.getDetail() + " Nothing was booked.",
                extensions);
    }

    // --- storing, where the database has the last word on overlaps

    /**
     * Stores a new or moved appointment: {@code write} persists it or applies the move, after the checks that run
     * queries (a query would flush a half-applied move early). The parties are locked first, so concurrent bookings
     * of the same practitioner, room or client take turns; lapsed holds in the way are expired. Without override, an
     * overlap is refused with a 409 naming the appointments it collided with, and the exclusion constraints refuse
     * any overlap that still reached the table; with override the row is stored as overridden and audited with what
     * it collided with.
     */
    private void store(AppointmentEntity appointment, UUID practitionerId, UUID roomId, Phases phases,
            OverrideFields override, Caller caller, Instant now, Runnable write) {
        UUID clientId = appointment.clientId;
        lockParties(practitionerId, roomId, clientId);
        appointments.expireLapsedHolds(practitionerId, phases.procedureStartsAt(), phases.procedureEndsAt(), roomId,
                phases.startsAt(), phases.roomFreeAt(), clientId, phases.startsAt(), phases.procedureEndsAt(), now);
        if (override != null) {
            List<AppointmentEntity> collisions = collisionsOf(appointment.id, practitionerId, roomId, clientId,
                    phases, now, false);
            // Set before the write: Hibernate captures a new row's state when it is persisted.
            appointment.overridden = true;
            appointment.overrideReason = override.reason().strip();
            write.run();
            appointments.flush();
            recordAudit(caller.subject(), now, "OVERRIDE", appointment.id, "reason: " + appointment.overrideReason
                    + "; collided with: " + (collisions.isEmpty() ? "nothing (outside hours only)"
                            : collisions.stream().map(c -> c.id.toString()).collect(Collectors.joining(", "))));
            return;
        }
        // The parties are locked, so every booking that could collide with this one has committed (or waits for
        // us): this query sees them all and can name them. The exclusion constraints stay the last word below.
        List<AppointmentEntity> collisions = collisionsOf(appointment.id, practitionerId, roomId, clientId, phases,
                now, false);
        if (!collisions.isEmpty()) {
            throw conflict(practitionerId, roomId, clientId, phases, collisions);
        }
        appointment.overridden = false;
        appointment.overrideReason = null;
        write.run();
        try {
            appointments.flush();
        } catch (PersistenceException e) {
            String constraint = ExclusionViolations.constraintOf(e);
            if (constraint == null) {
                throw e;
            }
            // Only a writer that did not take the party locks can get here. This transaction can no longer query,
            // and asking another connection while holding this one could exhaust the pool under load: name the party.
            throw Problems.of(ProblemType.CONFLICT, "The " + party(constraint).toLowerCase()
                    + " was booked for this time by another request a moment ago; choose another time.",
                    Map.of("conflicts", List.of(new Collision(party(constraint), null, null, null))));
        }
    }

    /**
     * Overridden appointments sit outside the exclusion constraints, so "no overlap with an overridden appointment" is
     * a check made here. Transaction-scoped advisory locks on the practitioner, room and client make that check and
     * the insert one step against any other booking or override of the same parties; taken in a fixed order, they
     * cannot deadlock. Overlaps between ordinary appointments are still refused by the constraints themselves.
     */
    private void lockParties(UUID... parties) {
        java.util.Arrays.stream(parties).filter(java.util.Objects::nonNull).map(UUID::toString).sorted().distinct()
                .forEach(party -> appointments.getEntityManager()
                        .createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS l")
                        .setParameter(1, "scheduling-party:" + party).getSingleResult());
    }

    private List<AppointmentEntity> collisionsOf(UUID self, UUID practitionerId, UUID roomId, UUID clientId,
            Phases phases, Instant now, boolean overriddenOnly) {
        return appointments.findCollisions(self, practitionerId, phases.procedureStartsAt(), phases.procedureEndsAt(),
                roomId, phases.startsAt(), phases.roomFreeAt(), clientId, phases.startsAt(), phases.procedureEndsAt(),
                now, overriddenOnly);
    }

    /** A 409 naming each appointment the booking collided with and which party they share. */
    private static HttpProblem conflict(UUID practitionerId, UUID roomId, UUID clientId, Phases phases,
            List<AppointmentEntity> others) {
        List<Collision> collisions = new ArrayList<>();
        for (AppointmentEntity other : others) {
            if (other.practitionerId.equals(practitionerId)
                    && phases.practitioner().overlaps(phasesOf(other).practitioner())) {
                collisions.add(new Collision("PRACTITIONER", other.id, other.procedureStartsAt,
                        other.procedureEndsAt));
            }
            if (roomId != null && roomId.equals(other.roomId)
                    && phases.room().overlaps(phasesOf(other).room())) {
                collisions.add(new Collision("ROOM", other.id, other.startsAt, other.roomFreeAt));
            }
            if (other.clientId.equals(clientId) && phases.client().overlaps(phasesOf(other).client())) {
                collisions.add(new Collision("CLIENT", other.id, other.startsAt, other.procedureEndsAt));
            }
        }
        String detail = collisions.stream()
                .map(c -> "the " + c.with().toLowerCase() + " is busy from " + c.busyFrom() + " to "
                        + c.busyUntil() + " with appointment " + c.appointmentId())
                .collect(Collectors.joining("; "));
        return Problems.of(ProblemType.CONFLICT, "This time collides with another appointment: " + detail + ".",
                Map.of("conflicts", collisions));
    }

    private static String party(String constraint) {
        return switch (constraint) {
            case AppointmentEntity.PRACTITIONER_NO_OVERLAP -> "PRACTITIONER";
            case AppointmentEntity.ROOM_NO_OVERLAP -> "ROOM";
            case AppointmentEntity.CLIENT_NO_OVERLAP -> "CLIENT";
            default -> "TIME";
        };
    }

    // --- small helpers

    private static Phases phasesOf(AppointmentEntity a) {
        return new Phases(a.startsAt, a.procedureStartsAt, a.procedureEndsAt, a.roomFreeAt);
    }

    private static void applyPlan(AppointmentEntity a, Minutes minutes, Phases phases, Instant now) {
        a.numbing = minutes.numbing() > 0;
        a.numbingMinutes = minutes.numbing();
        a.procedureMinutes = minutes.procedure();
        a.turnoverMinutes = minutes.turnover();
        a.startsAt = phases.startsAt();
        a.procedureStartsAt = phases.procedureStartsAt();
        a.procedureEndsAt = phases.procedureEndsAt();
        a.roomFreeAt = phases.roomFreeAt();
        a.updatedAt = now;
    }

    private AppointmentEntity lockedForChange(UUID id, Long expectedVersion, Caller caller) {
        AppointmentEntity appointment = appointments.findForUpdate(id)
                .orElseThrow(() -> Problems.notFound("appointment", id));
        requireOwnIfPractitioner(appointment, caller);
        if (expectedVersion != null && appointment.version != expectedVersion) {
            throw EntityTags.stale(appointment.version);
        }
        return appointment;
    }

    private static void refuseIfNotAllowed(AppointmentEntity a, Transition transition, Instant now) {
        AppointmentLifecycle.refusal(a.status, transition, now, a.startsAt).ifPresent(reason -> {
            throw Problems.of(ProblemType.CONFLICT, reason, Map.of("currentStatus", a.status.name()));
        });
    }

    private AppointmentView change(AppointmentEntity a, Transition transition, Caller caller, Instant now,
            String reason) {
        AppointmentStatus from = a.status;
        a.status = transition.to();
        a.updatedAt = now;
        appointments.flush();
        recordChange(a.id, from, a.status, caller.subject(), now, reason);
        return AppointmentView.of(a);
    }

    private static SlotReleased releasedBy(AppointmentEntity a, SlotReleased.Cause cause) {
        return new SlotReleased(a.id, a.practitionerId, a.roomId, a.protocolId, a.startsAt, a.roomFreeAt, cause);
    }

    private void requireOwnIfPractitioner(AppointmentEntity appointment, Caller caller) {
        if (caller.practitionerOnly() && !appointment.practitionerId.equals(ownPractitionerId(caller))) {
            throw Problems.of(ProblemType.FORBIDDEN,
                    "A practitioner may read and change only their own appointments.");
        }
    }

    private UUID ownPractitionerId(Caller caller) {
        return practitioners.findBySubject(caller.subject()).map(p -> p.id).orElse(null);
    }

    private void recordChange(UUID appointmentId, AppointmentStatus from, AppointmentStatus to, String subject,
            Instant at, String reason) {
        StatusChangeEntity change = new StatusChangeEntity();
        change.id = UUID.randomUUID();
        change.appointmentId = appointmentId;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedBy = subject;
        change.changedAt = at;
        change.reason = reason == null ? null : truncate(reason, 500);
        changes.persist(change);
    }

    void recordAudit(String actor, Instant at, String action, UUID appointmentId, String detail) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.id = UUID.randomUUID();
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.recordType = "APPOINTMENT";
        entry.recordId = appointmentId;
        entry.detail = truncate(detail, 2000);
        audit.persist(entry);
    }

    private static Object[] afterKey(String cursor) {
        if (cursor == null) {
            return new Object[] { null, null };
        }
        List<String> after = Cursor.decode(cursor, 2);
        try {
            return new Object[] { Instant.parse(after.get(0)), Cursor.uuid(after.get(1)) };
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
        }
    }

    private static String title(String requested, Protocol protocol) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        if (protocol != null && protocol.name() != null && !protocol.name().isBlank()) {
            return truncate(protocol.name().strip(), 120);
        }
        return "Appointment";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
