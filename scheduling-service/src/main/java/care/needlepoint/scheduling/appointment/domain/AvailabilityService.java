package care.needlepoint.scheduling.appointment.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import care.needlepoint.scheduling.appointment.api.AvailabilityView;
import care.needlepoint.scheduling.appointment.api.SlotView;
import care.needlepoint.scheduling.appointment.domain.BookingPlan.Minutes;
import care.needlepoint.scheduling.appointment.domain.BookingPlan.Phases;
import care.needlepoint.scheduling.appointment.persistence.AppointmentRepository;
import care.needlepoint.scheduling.appointment.persistence.AppointmentRepository.BusyTime;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.calendar.domain.CalendarService.BookableWindows;
import care.needlepoint.scheduling.calendar.domain.ClinicRules;
import care.needlepoint.scheduling.calendar.domain.Interval;
import care.needlepoint.scheduling.calendar.domain.Intervals;
import care.needlepoint.scheduling.peer.Protocol;
import care.needlepoint.scheduling.peer.CurrentProtocols;
import care.needlepoint.scheduling.platform.problem.FieldViolation;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerEntity;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerRepository;
import care.needlepoint.scheduling.room.persistence.RoomEntity;
import care.needlepoint.scheduling.room.persistence.RoomRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Free start times. Reads the working windows of the practitioners and rooms in question, then walks the range a
 * week at a time in the order of the answer: the practitioners' appointments of that week (through the exclusion
 * constraint's GiST index), the starts on the clinic's grid a practitioner is free and working for, and then, a batch
 * of them at a time, a room (when one is needed) that is free and open from arrival to turnover's end and open for
 * the visit. Rooms' bookings are read only within each batch's windows, and nothing more once the answer is full: a
 * busy practitioner or a free calendar costs a few windows of room bookings and a week of practitioners', not four
 * weeks of everyone's.
 */
@ApplicationScoped
public class AvailabilityService {

    /** The longest range one search may cover: a practitioner's four weeks and a bit. */
    public static final int MAX_DAYS = 31;

    /** Candidate starts checked for a room per read of the rooms' bookings, when the answer's limit is smaller. */
    static final int MIN_ROOM_BATCH = 50;

    /** Days of the range read and walked at a time; the search stops after the step that fills the answer. */
    static final int DAYS_PER_STEP = 7;

    @Inject
    CalendarService calendar;

    @Inject
    CurrentProtocols protocols;

    @Inject
    AppointmentRepository appointments;

    @Inject
    PractitionerRepository practitioners;

    @Inject
    RoomRepository rooms;

    @Inject
    Clock clock;

    public record Query(UUID protocolId, Integer durationMinutes, BigDecimal plannedDepthMm, Boolean numbing,
            LocalDate from, LocalDate to, UUID practitionerId, UUID roomId, int limit) {
    }

    /**
     * The protocol (kept 30 s; otherwise one call to treatments-service) is asked before the read transaction opens,
     * so that no database connection waits on treatments-service; an unknown one is reported with the other fields
     * that do not fit.
     */
    public AvailabilityView search(Query query, String subject) {
        List<FieldViolation> violations = new ArrayList<>();
        if ((query.protocolId() == null) == (query.durationMinutes() == null)) {
            violations.add(new FieldViolation("durationMinutes", "query", "give protocolId or durationMinutes"));
        }
        if (query.protocolId() == null && (query.plannedDepthMm() != null || query.numbing() != null)) {
            violations.add(new FieldViolation(query.numbing() != null ? "numbing" : "plannedDepthMm", "query",
                    "only with a protocolId"));
        }
        if (query.to().isBefore(query.from())) {
            violations.add(new FieldViolation("to", "query", "must not be before from"));
        } else if (query.to().toEpochDay() - query.from().toEpochDay() >= MAX_DAYS) {
            violations.add(new FieldViolation("to", "query", "may be at most " + (MAX_DAYS - 1)
                    + " days after from"));
        }
        Protocol protocol = null;
        if (query.protocolId() != null && violations.isEmpty()) {
            protocol = protocols.get(query.protocolId(), subject).orElse(null);
            if (protocol == null) {
                violations.add(new FieldViolation("protocolId", "query", "no protocol with this id"));
            }
        }
        Protocol known = protocol;
        return QuarkusTransaction.joiningExisting().call(() -> search(query, known, violations));
    }

    private AvailabilityView search(Query query, Protocol protocol, List<FieldViolation> violations) {
        PractitionerEntity onePractitioner = null;
        if (query.practitionerId() != null) {
            onePractitioner = practitioners.findById(query.practitionerId());
            if (onePractitioner == null) {
                violations.add(new FieldViolation("practitionerId", "query", "no practitioner with this id"));
            }
        }
        RoomEntity oneRoom = null;
        if (query.roomId() != null) {
            oneRoom = rooms.findById(query.roomId());
            if (oneRoom == null) {
                violations.add(new FieldViolation("roomId", "query", "no room with this id"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        ClinicRules rules = calendar.rules();
        ZoneId zone = rules.zone();

        List<PractitionerEntity> candidates = onePractitioner != null
                ? (onePractitioner.active ? List.of(onePractitioner) : List.of())
                : practitioners.list("active = true order by displayName, id");
        boolean needsRoom = query.protocolId() != null || oneRoom != null;
        List<RoomEntity> roomCandidates = !needsRoom ? List.of()
                : oneRoom != null ? (oneRoom.active ? List.of(oneRoom) : List.of())
                        : rooms.list("active = true order by name, id");
        int turnover = needsRoom ? rules.turnoverMinutes() : 0;
        Minutes minutes;
        if (protocol != null) {
            minutes = BookingPlan.forProtocol(protocol, query.plannedDepthMm(), query.numbing(), turnover);
            if (!minutes.valid()) {
                throw Problems.invalid(minutes.violations().stream()
                        .map(v -> new FieldViolation(v.field(), "query", v.message())).toList());
            }
        } else {
            minutes = BookingPlan.plain(query.durationMinutes(), turnover);
        }

        Instant now = clock.instant();
        List<UUID> practitionerIds = candidates.stream().map(p -> p.id).toList();
        List<UUID> roomIds = roomCandidates.stream().map(r -> r.id).toList();
        BookableWindows windows = calendar.bookableWindows(practitionerIds, roomIds, query.from(), query.to(), zone);
        Intervals clinicHours = needsRoom ? Intervals.empty() : windows.clinic();

        Duration lead = Duration.ofMinutes(minutes.numbing());
        // The range a week at a time, in the order of the answer, until it is full: the first free starts of a search
        // over every practitioner come from a week of their bookings and their grid, not four.
        List<SlotView> slots = new ArrayList<>();
        int batchSize = Math.max(query.limit() + 1, MIN_ROOM_BATCH);
        for (LocalDate day = query.from(); !candidates.isEmpty() && !day.isAfter(query.to())
                && slots.size() <= query.limit(); day = day.plusDays(DAYS_PER_STEP)) {
            LocalDate lastDay = day.plusDays(DAYS_PER_STEP - 1).isBefore(query.to())
                    ? day.plusDays(DAYS_PER_STEP - 1) : query.to();
            Instant stepStart = day.atStartOfDay(zone).toInstant();
            Instant stepEnd = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
            // Widened by a day for visits across the step's edges.
            Map<UUID, Intervals> practitionerBusy = byOwner(appointments.findPractitionerBusy(
                    onePractitioner == null ? null : onePractitioner.id, stepStart.minus(Duration.ofDays(1)),
                    stepEnd.plus(Duration.ofDays(1)), now));

            // First the starts each practitioner could take.
            List<Candidate> offers = new ArrayList<>();
            for (PractitionerEntity practitioner : candidates) {
                Intervals hours = windows.practitioner(practitioner.id);
                Intervals busy = practitionerBusy.getOrDefault(practitioner.id, Intervals.empty());
                for (Instant start : startsOnGrid(hours, lead, stepStart, stepEnd, zone, rules.slotMinutes())) {
                    if (!start.isAfter(now)) {
                        continue;
                    }
                    Phases phases = minutes.at(start);
                    if (!hours.covers(phases.practitioner()) || busy.overlaps(phases.practitioner())) {
                        continue;
                    }
                    if (!needsRoom && !clinicHours.covers(phases.client())) {
                        continue;
                    }
                    offers.add(new Candidate(practitioner.id, phases));
                }
            }
            offers.sort(Comparator.comparing((Candidate c) -> c.phases().startsAt())
                    .thenComparing(c -> c.practitionerId().toString()));

            // Then a free room for each, a batch at a time: only the rooms' bookings within the batch's windows are
            // read, and no further batch once the answer is full.
            for (int first = 0; first < offers.size() && slots.size() <= query.limit(); first += batchSize) {
                List<Candidate> batch = offers.subList(first, Math.min(first + batchSize, offers.size()));
                Map<UUID, Intervals> roomTaken = !needsRoom || roomCandidates.isEmpty() ? Map.of()
                        : byOwner(appointments.findRoomBusy(oneRoom == null ? null : oneRoom.id,
                                Intervals.of(batch.stream().map(c -> c.phases().room()).toList()).parts(), now));
                for (Candidate offer : batch) {
                    UUID roomId = needsRoom ? freeRoom(roomCandidates, windows, roomTaken, offer.phases()) : null;
                    if (needsRoom && roomId == null) {
                        continue;
                    }
                    Phases phases = offer.phases();
                    slots.add(new SlotView(phases.startsAt().atZone(zone).toOffsetDateTime(),
                            phases.procedureStartsAt().atZone(zone).toOffsetDateTime(),
                            phases.procedureEndsAt().atZone(zone).toOffsetDateTime(), offer.practitionerId(),
                            roomId));
                }
            }
        }
        boolean truncated = slots.size() > query.limit();
        return new AvailabilityView(zone.getId(), minutes.numbing(), minutes.procedure(),
                truncated ? List.copyOf(slots.subList(0, query.limit())) : slots, truncated);
    }

    /**
     * The starts on the clinic's grid in [from, to) whose numbing lead and visit begin within one of the {@code hours}
     * (the procedure's fit is checked by the caller), in order.
     */
    private static NavigableSet<Instant> startsOnGrid(Intervals hours, Duration lead, Instant from, Instant to,
            ZoneId zone, int slotMinutes) {
        NavigableSet<Instant> starts = new TreeSet<>();
        for (Interval window : hours.parts()) {
            if (!window.end().isAfter(from) || !window.start().minus(lead).isBefore(to)) {
                continue;
            }
            Instant first = onGrid(window.start().minus(lead), zone, slotMinutes);
            for (Instant start = first; !start.plus(lead).isAfter(window.end()) && start.isBefore(to);
                    start = next(start, zone, slotMinutes)) {
                if (!start.isBefore(from)) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    /** A start that the practitioner can take, before the search for a room. */
    private record Candidate(UUID practitionerId, Phases phases) {
    }

    private static Map<UUID, Intervals> byOwner(List<BusyTime> busyTimes) {
        Map<UUID, List<Interval>> byOwner = new HashMap<>();
        for (BusyTime busy : busyTimes) {
            byOwner.computeIfAbsent(busy.ownerId(), id -> new ArrayList<>())
                    .add(new Interval(busy.startsAt(), busy.endsAt()));
        }
        Map<UUID, Intervals> merged = new HashMap<>();
        byOwner.forEach((owner, taken) -> merged.put(owner, Intervals.of(taken)));
        return merged;
    }

    private static UUID freeRoom(List<RoomEntity> candidates, BookableWindows windows,
            Map<UUID, Intervals> roomTaken, Phases phases) {
        for (RoomEntity room : candidates) {
            Intervals hours = windows.room(room.id);
            if (hours.covers(phases.client())
                    && !roomTaken.getOrDefault(room.id, Intervals.empty()).overlaps(phases.room())) {
                return room.id;
            }
        }
        return null;
    }

    /** The first instant at or after {@code instant} whose local wall-clock minute is on the slot grid. */
    static Instant onGrid(Instant instant, ZoneId zone, int slotMinutes) {
        ZonedDateTime local = instant.atZone(zone).withSecond(0).withNano(0);
        if (local.toInstant().isBefore(instant)) {
            local = local.plusMinutes(1);
        }
        int minuteOfDay = local.getHour() * 60 + local.getMinute();
        int remainder = minuteOfDay % slotMinutes;
        return remainder == 0 ? local.toInstant() : local.plusMinutes(slotMinutes - remainder).toInstant();
    }

    private static Instant next(Instant start, ZoneId zone, int slotMinutes) {
        return onGrid(start.plus(Duration.ofMinutes(slotMinutes)), zone, slotMinutes);
    }
}
