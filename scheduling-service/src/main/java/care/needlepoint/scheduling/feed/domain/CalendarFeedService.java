package care.needlepoint.scheduling.feed.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import care.needlepoint.scheduling.appointment.domain.Caller;
import care.needlepoint.scheduling.appointment.persistence.AppointmentEntity;
import care.needlepoint.scheduling.appointment.persistence.AppointmentRepository;
import care.needlepoint.scheduling.appointment.persistence.AuditEntryEntity;
import care.needlepoint.scheduling.appointment.persistence.AuditEntryRepository;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.feed.api.CalendarFeedView;
import care.needlepoint.scheduling.feed.persistence.CalendarFeedEntity;
import care.needlepoint.scheduling.feed.persistence.CalendarFeedRepository;
import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerEntity;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerRepository;

/**
 * Calendar feeds: a secret URL per feed (calendar apps cannot send bearer tokens), of which only a hash is stored, so
 * a copy of the database does not leak working feeds. Issuing and revoking are audited.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** How far back and ahead a feed reaches. */
    static final Duration PAST = Duration.ofDays(60);
    static final Duration AHEAD = Duration.ofDays(366);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    CalendarFeedRepository feeds;

    @Inject
    PractitionerRepository practitioners;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AuditEntryRepository audit;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    /** Issues a feed; {@code url} turns the new secret into the URL shown once. */
    @Transactional
    public CalendarFeedView create(UUID practitionerId, Caller caller, Function<String, String> url) {
        requireMayManage(practitionerId, caller);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeedEntity feed = new CalendarFeedEntity();
        feed.id = UUID.randomUUID();
        feed.practitionerId = practitionerId;
        feed.secretSha256 = sha256(secret);
        feed.createdAt = clock.instant();
        feed.createdBy = caller.subject();
        feeds.persist(feed);
        audit(caller.subject(), feed.createdAt, "FEED_ISSUED", feed.id, "practitioner " + practitionerId);
        return new CalendarFeedView(feed.id, practitionerId, url.apply(secret), feed.createdAt, null);
    }

    @Transactional
    public List<CalendarFeedView> list(UUID practitionerId, Caller caller) {
        requireMayManage(practitionerId, caller);
        return feeds.findByPractitioner(practitionerId).stream()
                .map(f -> new CalendarFeedView(f.id, f.practitionerId, null, f.createdAt, f.revokedAt)).toList();
    }

    /** Revokes a feed at once: its URL answers 404 from then on. Revoking twice changes nothing. */
    @Transactional
    public void revoke(UUID practitionerId, UUID feedId, Caller caller) {
        requireMayManage(practitionerId, caller);
        CalendarFeedEntity feed = feeds.findByIdOptional(feedId)
                .filter(f -> f.practitionerId.equals(practitionerId))
                .orElseThrow(() -> Problems.notFound("calendar feed", feedId));
        if (feed.revokedAt == null) {
            feed.revokedAt = clock.instant();
            feed.revokedBy = caller.subject();
            audit(caller.subject(), feed.revokedAt, "FEED_REVOKED", feed.id, "practitioner " + practitionerId);
        }
    }

    /** The feed's calendar, or a 404 for a secret that is unknown or revoked (the same answer, on purpose). */
    @Transactional
    public String render(String secret) {
        CalendarFeedEntity feed = feeds.findLiveBySecretHash(secret.length() > 100 ? "" : sha256(secret))
                .orElseThrow(() -> Problems.of(ProblemType.NOT_FOUND, "No calendar feed at this address; it may "
                        + "have been revoked."));
        PractitionerEntity practitioner = practitioners.findById(feed.practitionerId);
        ZoneId zone = calendar.rules().zone();
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(AHEAD);
        List<ICalendar.Event> events = appointments.findForFeed(feed.practitionerId, from, to).stream()
                .map(a -> event(a, zone)).toList();
        return ICalendar.write(practitioner.displayName + " - Needlepoint", zone, events, now, from, to);
    }

    /** The practitioner's busy time (the procedure); the description says when the client arrives and the room. */
    private static ICalendar.Event event(AppointmentEntity a, ZoneId zone) {
        String description = a.numbingMinutes > 0
                ? "Client arrives " + HH_MM.format(a.startsAt.atZone(zone)) + " for " + a.numbingMinutes
                        + " minutes of numbing."
                : null;
        return new ICalendar.Event(a.id, a.version, a.procedureStartsAt, a.procedureEndsAt, a.title, description,
                false);
    }

    private void requireMayManage(UUID practitionerId, Caller caller) {
        PractitionerEntity practitioner = practitioners.findByIdOptional(practitionerId)
                .orElseThrow(() -> Problems.notFound("practitioner", practitionerId));
        if (!caller.admin() && !practitioner.subject.equals(caller.subject())) {
            throw Problems.of(ProblemType.FORBIDDEN, "A practitioner may manage only their own calendar feeds.");
        }
    }

    private void audit(String actor, Instant at, String action, UUID feedId, String detail) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.id = UUID.randomUUID();
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.recordType = "CALENDAR_FEED";
        entry.recordId = feedId;
        entry.detail = detail;
        audit.persist(entry);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
