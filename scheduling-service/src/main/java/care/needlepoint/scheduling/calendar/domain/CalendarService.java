package care.needlepoint.scheduling.calendar.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import care.needlepoint.scheduling.calendar.api.CalendarExceptionFields;
import care.needlepoint.scheduling.calendar.api.CalendarExceptionView;
import care.needlepoint.scheduling.calendar.api.ClinicSettingsFields;
import care.needlepoint.scheduling.calendar.api.ClinicSettingsView;
import care.needlepoint.scheduling.calendar.api.LocalTimes;
import care.needlepoint.scheduling.calendar.api.WeeklyHoursView;
import care.needlepoint.scheduling.calendar.api.WeeklyIntervalFields;
import care.needlepoint.scheduling.calendar.persistence.CalendarExceptionEntity;
import care.needlepoint.scheduling.calendar.persistence.CalendarExceptionRepository;
import care.needlepoint.scheduling.calendar.persistence.ClinicSettingsEntity;
import care.needlepoint.scheduling.calendar.persistence.ClinicSettingsRepository;
import care.needlepoint.scheduling.calendar.persistence.WeeklyHoursEntity;
import care.needlepoint.scheduling.calendar.persistence.WeeklyHoursRepository;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.paging.Cursor;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.problem.FieldViolation;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerRepository;
import care.needlepoint.scheduling.room.persistence.RoomRepository;

/** Clinic settings, weekly hours and exceptions; and, for availability and booking, when resources can be booked. */
@ApplicationScoped
public class CalendarService {

    /** Longest exception, so that a typo in a year cannot close the clinic for a decade. */
    static final int MAX_EXCEPTION_DAYS = 366;

    private static final UUID NOBODY = new UUID(0, 0);

    @Inject
    ClinicSettingsRepository settings;

    @Inject
    WeeklyHoursRepository hours;

    @Inject
    CalendarExceptionRepository exceptions;

    @Inject
    PractitionerRepository practitioners;

    @Inject
    RoomRepository rooms;

    @Inject
    Clock clock;

    @Transactional
    public ClinicSettingsView settings() {
        return view(settings.current());
    }

    /** The rules booking and availability apply, read in the caller's transaction. */
    @Transactional
    public ClinicRules rules() {
        ClinicSettingsEntity current = settings.current();
        return new ClinicRules(ZoneId.of(current.timeZone), Duration.ofMinutes(current.lateCancellationMinutes),
                current.turnoverMinutes, Duration.ofMinutes(current.holdMinutes), current.slotMinutes);
    }

    @Transactional
    public ClinicSettingsView updateSettings(ClinicSettingsFields fields, long expectedVersion, String subject) {
        List<FieldViolation> violations = new ArrayList<>(intervalViolations(fields.openingHours(), "openingHours"));
        if (60 % fields.slotMinutes() != 0) {
            violations.add(FieldViolation.body("slotMinutes", "must be one of 5, 10, 15, 20, 30, 60"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        ClinicSettingsEntity current = settings.currentForUpdate();
        if (current.version != expectedVersion) {
            throw EntityTags.stale(current.version);
        }
        current.timeZone = fields.timeZone();
        current.lateCancellationMinutes = fields.lateCancellationMinutes();
        current.turnoverMinutes = fields.turnoverMinutes();
        current.holdMinutes = fields.holdMinutes();
        current.slotMinutes = fields.slotMinutes();
        current.updatedAt = clock.instant();
        current.updatedBy = subject;
        // Opening hours are part of the settings document: replacing them changes its version too.
        hours.deleteClinicHours();
        persistHours(OwnerKind.CLINIC, null, fields.openingHours());
        settings.flush();
        return view(current);
    }

    @Transactional
    public WeeklyHoursView hoursOf(OwnerKind kind, UUID ownerId) {
        requireOwner(kind, ownerId);
        return hoursView(kind, ownerId);
    }

    @Transactional
    public WeeklyHoursView replaceHours(OwnerKind kind, UUID ownerId, List<WeeklyIntervalFields> intervals) {
        requireOwner(kind, ownerId);
        List<FieldViolation> violations = intervalViolations(intervals, "intervals");
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        hours.deleteByOwner(kind, ownerId);
        persistHours(kind, ownerId, intervals);
        hours.flush();
        return hoursView(kind, ownerId);
    }

    @Transactional
    public CalendarExceptionView createException(CalendarExceptionFields fields, String subject) {
        ZoneId zone = ZoneId.of(settings.current().timeZone);
        List<FieldViolation> violations = new ArrayList<>();
        OwnerKind ownerKind = OwnerKind.CLINIC;
        UUID ownerId = null;
        if (fields.practitionerId() != null && fields.roomId() != null) {
            violations.add(FieldViolation.body("roomId", "give practitionerId or roomId, not both"));
        } else if (fields.practitionerId() != null) {
            ownerKind = OwnerKind.PRACTITIONER;
            ownerId = fields.practitionerId();
            if (practitioners.findByIdOptional(ownerId).isEmpty()) {
                violations.add(FieldViolation.body("practitionerId", "no practitioner with this id"));
            }
        } else if (fields.roomId() != null) {
            ownerKind = OwnerKind.ROOM;
            ownerId = fields.roomId();
            if (rooms.findByIdOptional(ownerId).isEmpty()) {
                violations.add(FieldViolation.body("roomId", "no room with this id"));
            }
        }
        switch (fields.kind()) {
            case CLOSURE -> {
                if (ownerId != null) {
                    violations.add(FieldViolation.body(fields.practitionerId() != null ? "practitionerId" : "roomId",
                            "a CLOSURE closes the whole clinic; use TIME_OFF for one practitioner or room"));
                }
            }
            case TIME_OFF -> {
                if (fields.practitionerId() == null && fields.roomId() == null) {
                    violations.add(FieldViolation.body("practitionerId",
                            "TIME_OFF needs practitionerId or roomId; use CLOSURE to close the clinic"));
                }
            }
            case EXTRA_HOURS -> {
                // for the clinic, a practitioner or a room
            }
        }
        LocalDate endsOn = fields.endsOn() == null ? fields.startsOn() : fields.endsOn();
        LocalTime startTime = LocalTimes.parse(fields.startTime());
        LocalTime endTime = LocalTimes.parse(fields.endTime());
        Instant startsAt = null;
        Instant endsAt = null;
        if (endsOn.isBefore(fields.startsOn())) {
            violations.add(FieldViolation.body("endsOn", "must not be before startsOn"));
        } else if (endsOn.toEpochDay() - fields.startsOn().toEpochDay() > MAX_EXCEPTION_DAYS) {
            violations.add(FieldViolation.body("endsOn", "must be at most " + MAX_EXCEPTION_DAYS
                    + " days after startsOn"));
        } else {
            startsAt = resolve(fields.startsOn(), startTime, zone, "startTime", violations, false);
            endsAt = resolve(endsOn, endTime, zone, "endTime", violations, true);
            if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
                violations.add(FieldViolation.body("endTime", "must be after the start"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        CalendarExceptionEntity exception = new CalendarExceptionEntity();
        exception.id = UUID.randomUUID();
        exception.kind = fields.kind();
        exception.ownerKind = ownerKind;
        exception.ownerId = ownerId;
        exception.startsOn = fields.startsOn();
        exception.startTime = startTime;
        exception.endsOn = endsOn;
        exception.endTime = endTime;
        exception.startsAt = startsAt;
        exception.endsAt = endsAt;
        exception.reason = fields.reason() == null || fields.reason().isBlank() ? null : fields.reason().strip();
        exception.createdAt = clock.instant();
        exception.createdBy = subject;
        exceptions.persist(exception);
        return CalendarExceptionView.of(exception);
    }

    /** A local date and optional time as an instant; an end without time is the start of the next day. */
    private static Instant resolve(LocalDate date, LocalTime time, ZoneId zone, String field,
            List<FieldViolation> violations, boolean end) {
        if (time == null) {
            return ClinicTime.startOfDay(end ? date.plusDays(1) : date, zone);
        }
        Optional<Instant> instant = ClinicTime.exactly(date, time, zone);
        if (instant.isEmpty()) {
            violations.add(FieldViolation.body(field, LocalTimes.format(time) + " "
                    + ClinicTime.gapMessage(date, time, zone)));
            return null;
        }
        return instant.get();
    }

    @Transactional
    public CalendarExceptionView exception(UUID id) {
        return CalendarExceptionView.of(exceptions.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("calendar exception", id)));
    }

    @Transactional
    public void deleteException(UUID id) {
        if (!exceptions.deleteById(id)) {
            throw Problems.notFound("calendar exception", id);
        }
    }

    /** Exceptions overlapping the local dates [from, to], optionally of one owner, in start order. */
    @Transactional
    public Page<CalendarExceptionView> listExceptions(UUID ownerId, LocalDate from, LocalDate to, String cursor,
            int limit) {
        ZoneId zone = ZoneId.of(settings.current().timeZone);
        Instant afterStart = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> after = Cursor.decode(cursor, 2);
            try {
                afterStart = Instant.parse(after.get(0));
            } catch (RuntimeException e) {
                throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
            }
            afterId = Cursor.uuid(after.get(1));
        }
        List<CalendarExceptionEntity> rows = exceptions.findPage(ownerId, ClinicTime.startOfDay(from, zone),
                ClinicTime.startOfDay(to.plusDays(1), zone), afterStart, afterId, limit + 1);
        return Page.from(rows, limit, CalendarExceptionView::of,
                last -> List.of(last.startsAt.toString(), last.id.toString()));
    }

    /** When the clinic is open, and when each practitioner and room asked about can be booked, on some dates. */
    public record BookableWindows(Intervals clinic, Map<UUID, Intervals> practitioners, Map<UUID, Intervals> rooms) {

        public Intervals practitioner(UUID id) {
            return practitioners.getOrDefault(id, Intervals.empty());
        }

        public Intervals room(UUID id) {
            return rooms.getOrDefault(id, Intervals.empty());
        }
    }

    /**
     * When the clinic is open on the local dates [from, to] (its weekly hours plus extra hours, less closures), and
     * when each of the given practitioners and rooms can be booked: its own weekly hours (the clinic's when it has
     * none) plus its extra hours, less its time off, within the clinic's open hours. One read of the clinic's hours
     * and of the dated exceptions serves everyone asked about: a booking asks for its practitioner and room at once.
     */
    @Transactional
    public BookableWindows bookableWindows(Collection<UUID> practitionerIds, Collection<UUID> roomIds, LocalDate from,
            LocalDate to, ZoneId zone) {
        Instant windowStart = ClinicTime.startOfDay(from, zone);
        Instant windowEnd = ClinicTime.startOfDay(to.plusDays(1), zone);
        List<UUID> owners = new ArrayList<>(practitionerIds);
        owners.addAll(roomIds);
        // "in ()" is not valid: with no owners, a placeholder id that matches nobody still fetches the clinic's.
        List<CalendarExceptionEntity> dated = exceptions.findOverlapping(owners.isEmpty() ? List.of(NOBODY) : owners,
                windowStart, windowEnd);
        List<WeeklyInterval> clinicWeekly = weekly(hours.findClinicHours());
        Intervals clinic = WorkingCalendar.available(WorkingCalendar.weekly(clinicWeekly, from, to, zone),
                exceptionsOf(dated, OwnerKind.CLINIC, null, ExceptionKind.EXTRA_HOURS),
                exceptionsOf(dated, OwnerKind.CLINIC, null, ExceptionKind.CLOSURE));
        return new BookableWindows(clinic,
                ownWindows(OwnerKind.PRACTITIONER, practitionerIds, clinicWeekly, clinic, dated, from, to, zone),
                ownWindows(OwnerKind.ROOM, roomIds, clinicWeekly, clinic, dated, from, to, zone));
    }

    private Map<UUID, Intervals> ownWindows(OwnerKind kind, Collection<UUID> ownerIds,
            List<WeeklyInterval> clinicWeekly, Intervals clinic, List<CalendarExceptionEntity> dated, LocalDate from,
            LocalDate to, ZoneId zone) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<WeeklyInterval>> own = new HashMap<>();
        for (WeeklyHoursEntity row : hours.findByOwners(kind, ownerIds)) {
            own.computeIfAbsent(row.ownerId, id -> new ArrayList<>()).add(interval(row));
        }
        Map<UUID, Intervals> windows = new HashMap<>();
        for (UUID owner : ownerIds) {
            Intervals weekly = WorkingCalendar.weekly(own.getOrDefault(owner, clinicWeekly), from, to, zone);
            Intervals resource = WorkingCalendar.available(weekly,
                    exceptionsOf(dated, kind, owner, ExceptionKind.EXTRA_HOURS),
                    exceptionsOf(dated, kind, owner, ExceptionKind.TIME_OFF));
            windows.put(owner, resource.intersect(clinic));
        }
        return windows;
    }

    private static Intervals exceptionsOf(List<CalendarExceptionEntity> dated, OwnerKind kind, UUID owner,
            ExceptionKind exceptionKind) {
        List<Interval> matching = new ArrayList<>();
        for (CalendarExceptionEntity e : dated) {
            if (e.kind == exceptionKind && e.ownerKind == kind && java.util.Objects.equals(e.ownerId, owner)) {
                matching.add(new Interval(e.startsAt, e.endsAt));
            }
        }
        return Intervals.of(matching);
    }

    private static List<WeeklyInterval> weekly(List<WeeklyHoursEntity> rows) {
        return rows.stream().map(CalendarService::interval).toList();
    }

    private static WeeklyInterval interval(WeeklyHoursEntity row) {
        return new WeeklyInterval(DayOfWeek.of(row.dayOfWeek), row.starts, row.ends);
    }

    private void requireOwner(OwnerKind kind, UUID ownerId) {
        boolean exists = kind == OwnerKind.PRACTITIONER ? practitioners.findByIdOptional(ownerId).isPresent()
                : rooms.findByIdOptional(ownerId).isPresent();
        if (!exists) {
            throw Problems.notFound(kind == OwnerKind.PRACTITIONER ? "practitioner" : "room", ownerId);
        }
    }

    private WeeklyHoursView hoursView(OwnerKind kind, UUID ownerId) {
        List<WeeklyHoursEntity> own = hours.findByOwner(kind, ownerId);
        boolean clinic = own.isEmpty();
        return new WeeklyHoursView(ownerId, clinic, fields(clinic ? hours.findClinicHours() : own));
    }

    private void persistHours(OwnerKind kind, UUID ownerId, List<WeeklyIntervalFields> intervals) {
        for (WeeklyIntervalFields interval : intervals) {
            WeeklyHoursEntity row = new WeeklyHoursEntity();
            row.id = UUID.randomUUID();
            row.ownerKind = kind;
            row.ownerId = ownerId;
            row.dayOfWeek = (short) interval.dayOfWeek().getValue();
            row.starts = LocalTimes.parse(interval.starts());
            row.ends = LocalTimes.parse(interval.ends());
            hours.persist(row);
        }
    }

    /** Each interval ends after it starts and overlaps no other on the same weekday. */
    static List<FieldViolation> intervalViolations(List<WeeklyIntervalFields> intervals, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            WeeklyIntervalFields a = intervals.get(i);
            LocalTime aStart = LocalTimes.parse(a.starts());
            LocalTime aEnd = LocalTimes.parse(a.ends());
            if (!aEnd.isAfter(aStart)) {
                violations.add(FieldViolation.body(field + "[" + i + "].ends", "must be after starts"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                WeeklyIntervalFields b = intervals.get(j);
                LocalTime bStart = LocalTimes.parse(b.starts());
                LocalTime bEnd = LocalTimes.parse(b.ends());
                if (a.dayOfWeek() == b.dayOfWeek() && aStart.isBefore(bEnd) && bStart.isBefore(aEnd)) {
                    violations.add(FieldViolation.body(field + "[" + i + "]",
                            "overlaps " + field + "[" + j + "] on the same day"));
                }
            }
        }
        return violations;
    }

    private ClinicSettingsView view(ClinicSettingsEntity current) {
        return new ClinicSettingsView(current.timeZone, current.lateCancellationMinutes, current.turnoverMinutes,
                current.holdMinutes, current.slotMinutes, fields(hours.findClinicHours()), current.updatedAt,
                current.updatedBy, current.version);
    }

    private static List<WeeklyIntervalFields> fields(List<WeeklyHoursEntity> rows) {
        return rows.stream().sorted(Comparator.comparing((WeeklyHoursEntity r) -> r.dayOfWeek)
                        .thenComparing(r -> r.starts))
                .map(r -> new WeeklyIntervalFields(DayOfWeek.of(r.dayOfWeek), LocalTimes.format(r.starts),
                        LocalTimes.format(r.ends)))
                .toList();
    }
}
