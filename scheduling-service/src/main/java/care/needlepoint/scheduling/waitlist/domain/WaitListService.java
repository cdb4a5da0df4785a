package care.needlepoint.scheduling.waitlist.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import care.needlepoint.scheduling.appointment.api.AppointmentFields;
import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.appointment.domain.Caller;
import care.needlepoint.scheduling.appointment.domain.Reason;
import care.needlepoint.scheduling.appointment.domain.SlotReleased;
import care.needlepoint.scheduling.appointment.persistence.AppointmentRepository;
import care.needlepoint.scheduling.appointment.domain.BookingPlan;
import care.needlepoint.scheduling.appointment.domain.BookingPlan.Minutes;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.calendar.domain.ClinicRules;
import care.needlepoint.scheduling.peer.BookingFacts;
import care.needlepoint.scheduling.peer.ClientDirectory;
import care.needlepoint.scheduling.peer.Protocol;
import care.needlepoint.scheduling.peer.TreatmentCatalogue;
import care.needlepoint.scheduling.platform.paging.Cursor;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.problem.FieldViolation;
import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerEntity;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerRepository;
import care.needlepoint.scheduling.waitlist.api.WaitListEntryFields;
import care.needlepoint.scheduling.waitlist.api.WaitListEntryView;
import care.needlepoint.scheduling.waitlist.api.WaitListOfferView;
import care.needlepoint.scheduling.waitlist.domain.WaitListFit.Slot;
import care.needlepoint.scheduling.waitlist.domain.WaitListFit.Wish;
import care.needlepoint.scheduling.waitlist.persistence.WaitListEntryEntity;
import care.needlepoint.scheduling.waitlist.persistence.WaitListEntryRepository;
import care.needlepoint.scheduling.waitlist.persistence.WaitListOfferEntity;
import care.needlepoint.scheduling.waitlist.persistence.WaitListOfferRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The wait list: entries, and offers of freed time made in queue order (README, "Wait list").
 *
 * <p>Offers are made where time is freed: {@link #onSlotReleased} observes {@link SlotReleased} inside the
 * transaction that cancels or moves an appointment, reads only this service's tables and never calls another service,
 * so a cancellation cannot fail or wait because of the wait list. An offer does not hold the slot. A closed offer
 * (declined, lapsed, taken, withdrawn) passes the slot to the next entry that fits, while the time is still free.
 * Lapsed offers are closed both by a sweep and by every wait-list read or answer, so nothing depends on the sweep's
 * timing; both lock with SKIP LOCKED so that two instances never close or pass on one offer twice.
 */
@ApplicationScoped
public class WaitListService {

    private static final Logger LOG = Logger.getLogger(WaitListService.class);

    static final String SYSTEM = "scheduling-service";
    /** How far ahead an entry's window may reach: the booking horizon. */
    static final int HORIZON_DAYS = 730;
    private static final int CANDIDATES_PER_SLOT = 200;
    private static final int LAPSED_PER_PASS = 100;

    @Inject
    WaitListEntryRepository entries;

    @Inject
    WaitListOfferRepository offers;

    @Inject
    PractitionerRepository practitioners;

    @Inject
    AppointmentRepository appointmentRows;

    @Inject
    AppointmentService appointments;

    @Inject
    CalendarService calendar;

    @Inject
    ClientDirectory clients;

    @Inject
    TreatmentCatalogue treatments;

    @Inject
    WaitListConfig config;

    @Inject
    Clock clock;

    // --- entries

    /** What {@link #check} found for a new entry, for {@link #add(CheckedEntry, Caller)} to store. */
    public record CheckedEntry(WaitListEntryFields fields, Minutes minutes, LocalTime from, LocalTime to) {
    }

    /**
     * The checks of a new entry: the fields, the practitioner (a short read transaction), then the protocol
     * (treatments-service) and the client (clients-service) with no transaction open.
     */
    public CheckedEntry check(WaitListEntryFields fields, Caller caller) {
        ZoneId zone = calendar.rules().zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<FieldViolation> violations = new ArrayList<>(BookingPlan.lengthViolations(fields.protocolId(),
                fields.durationMinutes(), fields.plannedDepthMm(), fields.numbing()));
        if (fields.latestDate().isBefore(fields.earliestDate())) {
            violations.add(FieldViolation.body("latestDate", "must not be before earliestDate"));
        } else if (fields.latestDate().isBefore(today)) {
            violations.add(FieldViolation.body("latestDate", "must be today (" + today + ", clinic time) or later"));
        } else if (fields.latestDate().isAfter(today.plusDays(HORIZON_DAYS))) {
            violations.add(FieldViolation.body("latestDate", "must be within " + HORIZON_DAYS + " days from today"));
        }
        LocalTime from = fields.preferredTimeFrom() == null ? null : LocalTime.parse(fields.preferredTimeFrom());
        LocalTime to = fields.preferredTimeTo() == null ? null : LocalTime.parse(fields.preferredTimeTo());
        if ((from == null) != (to == null)) {
            violations.add(FieldViolation.body(from == null ? "preferredTimeFrom" : "preferredTimeTo",
                    "give preferredTimeFrom and preferredTimeTo together"));
        } else if (from != null && !from.isBefore(to)) {
            violations.add(FieldViolation.body("preferredTimeTo", "must be after preferredTimeFrom"));
        }
        PractitionerEntity practitioner = fields.practitionerId() == null ? null
                : QuarkusTransaction.joiningExisting().call(() -> practitioners.findById(fields.practitionerId()));
        if (fields.practitionerId() != null && practitioner == null) {
            violations.add(FieldViolation.body("practitionerId", "no practitioner with this id"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        if (practitioner != null && !practitioner.active) {
            throw refused("The practitioner is not active: no slot of theirs will be offered.",
                    Reason.of("practitioner-inactive", "The practitioner is not active and cannot be booked."));
        }
        Minutes minutes;
        if (fields.protocolId() != null) {
            Protocol protocol = treatments.protocol(fields.protocolId(), caller.subject())
                    .orElseThrow(() -> Problems.invalid("body", "protocolId", "no protocol with this id"));
            minutes = BookingPlan.forProtocol(protocol, fields.plannedDepthMm(), fields.numbing(), 0);
        } else {
            minutes = BookingPlan.plain(fields.durationMinutes(), 0);
        }
        if (!minutes.valid()) {
            throw Problems.invalid(minutes.violations());
        }
        BookingFacts facts = clients.bookingFacts(fields.clientId(), caller.subject())
                .orElseThrow(() -> Problems.invalid("body", "clientId", "no client with this id"));
        if (!facts.isBookable()) {
            throw refused("The client is " + facts.status() + " and cannot be booked.",
                    Reason.of("client-not-bookable", "The client is " + facts.status() + "."));
        }
        return new CheckedEntry(fields, minutes, from, to);
    }

    /** Adds a checked entry to the end of the queue. */
    @Transactional
    public WaitListEntryView add(CheckedEntry checked, Caller caller) {
        WaitListEntryFields fields = checked.fields();
        Minutes minutes = checked.minutes();
        Instant now = clock.instant();
        LocalDate today = today(now);
        WaitListEntryEntity entry = new WaitListEntryEntity();
        entry.id = UUID.randomUUID();
        entry.clientId = fields.clientId();
        entry.protocolId = fields.protocolId();
        entry.durationMinutes = fields.durationMinutes();
        entry.plannedDepthMm = fields.plannedDepthMm();
        entry.numbing = fields.numbing();
        entry.numbingMinutes = minutes.numbing();
        entry.procedureMinutes = minutes.procedure();
        entry.earliestDate = fields.earliestDate();
        entry.latestDate = fields.latestDate();
        entry.practitionerId = fields.practitionerId();
        entry.preferredTimeFrom = checked.from();
        entry.preferredTimeTo = checked.to();
        entry.note = fields.note() == null || fields.note().isBlank() ? null : fields.note().strip();
        entry.status = WaitListEntryStatus.ACTIVE;
        entry.createdBy = caller.subject();
        entry.createdAt = now;
        entry.updatedAt = now;
        entries.persist(entry);
        return WaitListEntryView.of(entry, today);
    }

    @Transactional
    public WaitListEntryView get(UUID id) {
        Instant now = clock.instant();
        expireLapsedOffers(now);
        return WaitListEntryView.of(entry(id), today(now));
    }

    /** Entries in queue order, optionally of one status (as read today) and one client. */
    @Transactional
    public Page<WaitListEntryView> list(WaitListEntryStatus status, UUID clientId, String cursor, int limit) {
        Instant now = clock.instant();
        expireLapsedOffers(now);
        LocalDate today = today(now);
        Object[] after = afterKey(cursor);
        List<WaitListEntryEntity> rows = entries.findPage(status, clientId, today, (Instant) after[0],
                (UUID) after[1], limit + 1);
        return Page.from(rows, limit, e -> WaitListEntryView.of(e, today),
                last -> List.of(last.createdAt.toString(), last.id.toString()));
    }

    /** The client no longer waits; an open offer is withdrawn and its slot passes to the next entry. */
    @Transactional
    public WaitListEntryView withdraw(UUID id, String reason, Caller caller) {
        // No general expiry pass first: it would lock other offers before this entry, the reverse of acceptance.
        Instant now = clock.instant();
        WaitListEntryEntity entry = entries.findForUpdate(id)
                .orElseThrow(() -> Problems.notFound("wait-list entry", id));
        LocalDate today = today(now);
        WaitListEntryStatus current = WaitListEntryStatus.readAs(entry.status, entry.latestDate, today);
        if (current != WaitListEntryStatus.ACTIVE) {
            throw Problems.of(ProblemType.CONFLICT, "The entry is " + current + "; only an ACTIVE entry can be "
                    + "withdrawn.", Map.of("currentStatus", current.name()));
        }
        entry.status = WaitListEntryStatus.WITHDRAWN;
        entry.withdrawalReason = reason.strip();
        entry.withdrawnBy = caller.subject();
        entry.withdrawnAt = now;
        entry.updatedAt = now;
        offers.findOpenOfEntry(id).ifPresent(offer -> {
            boolean lapsed = !offer.expiresAt.isAfter(now);
            closeAndPassOn(offer, lapsed ? WaitListOfferStatus.EXPIRED : WaitListOfferStatus.WITHDRAWN,
                    lapsed ? SYSTEM : caller.subject(), now);
        });
        entries.flush();
        return WaitListEntryView.of(entry, today);
    }

    // --- offers

    /** Every offer made to one entry, oldest first. */
    @Transactional
    public List<WaitListOfferView> offersOf(UUID entryId) {
        expireLapsedOffers(clock.instant());
        entry(entryId);
        return offers.findByEntry(entryId).stream().map(WaitListOfferView::of).toList();
    }

    /** Offers oldest first, optionally of one status (OPEN: the clients the front desk should call). */
    @Transactional
    public Page<WaitListOfferView> offers(WaitListOfferStatus status, String cursor, int limit) {
        expireLapsedOffers(clock.instant());
        Object[] after = afterKey(cursor);
        List<WaitListOfferEntity> rows = offers.findPage(status, (Instant) after[0], (UUID) after[1], limit + 1);
        return Page.from(rows, limit, WaitListOfferView::of,
                last -> List.of(last.createdAt.toString(), last.id.toString()));
    }

    @Transactional
    public WaitListOfferView offer(UUID offerId) {
        expireLapsedOffers(clock.instant());
        return WaitListOfferView.of(offers.findByIdOptional(offerId)
                .orElseThrow(() -> Problems.notFound("wait-list offer", offerId)));
    }

    /** What {@link #check(UUID, boolean, Caller)} found for accepting an offer, for {@link #accept} to store. */
    public record CheckedAcceptance(UUID offerId, AppointmentService.CheckedBooking booking) {
    }

    /**
     * The checks of accepting an offer: the offer settled (a lapsed one is closed and passed on, then a 409), then the
     * offered time checked as the normal booking path checks a booking, with no transaction open while clients- and
     * treatments-service are asked. A refusal leaves the offer OPEN.
     */
    public CheckedAcceptance check(UUID offerId, boolean acknowledgeWarnings, Caller caller) {
        requireOpen(QuarkusTransaction.requiringNew().call(() -> settle(offerId)));
        AppointmentFields fields = QuarkusTransaction.requiringNew().call(() -> {
            WaitListOfferEntity offer = offers.findByIdOptional(offerId)
                    .orElseThrow(() -> Problems.notFound("wait-list offer", offerId));
            WaitListEntryEntity entry = entries.findById(offer.entryId);
            return new AppointmentFields(entry.clientId, offer.practitionerId, offer.roomId, entry.protocolId,
                    entry.durationMinutes, null, entry.plannedDepthMm, entry.numbing,
                    offer.startsAt.atOffset(ZoneOffset.UTC), acknowledgeWarnings, null, null);
        });
        return new CheckedAcceptance(offerId, appointments.check(fields, AppointmentService.Mode.BOOK, caller));
    }

    /**
     * Books a checked acceptance (409 when the time was taken meanwhile). Booked: the offer is ACCEPTED and the entry
     * BOOKED, in the booking's transaction. Taken: the offer is TAKEN and what is left of the time passes on, in a
     * transaction of its own, since the booking's rolls back. Each step runs in a new transaction (the caller's holds
     * only the idempotency record), and no step waits for a lock this request already holds.
     */
    public AppointmentView accept(CheckedAcceptance checked, Caller caller) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> book(checked, caller));
        } catch (HttpProblem e) {
            if (e.getStatusCode() != 409 || e.getParameters() == null
                    || !e.getParameters().containsKey("conflicts")) {
                throw e;
            }
            QuarkusTransaction.requiringNew().run(() -> closeIfOpen(checked.offerId(), WaitListOfferStatus.TAKEN,
                    caller.subject()));
            Map<String, Object> extensions = new LinkedHashMap<>(e.getParameters());
            extensions.put("offerStatus", WaitListOfferStatus.TAKEN.name());
            throw Problems.of(ProblemType.CONFLICT, "The offered time was taken before the client accepted. "
                    + e.getDetail() + " The offer is now TAKEN; any time left was offered to the next entry.",
                    extensions);
        }
    }

    /** The client does not want the slot: it passes to the next matching entry. */
    public WaitListOfferView decline(UUID offerId, Caller caller) {
        requireOpen(QuarkusTransaction.requiringNew().call(() -> settle(offerId)));
        return QuarkusTransaction.requiringNew().call(() -> {
            WaitListOfferEntity offer = lockedOffer(offerId);
            requireOpen(offer.status);
            closeAndPassOn(offer, WaitListOfferStatus.DECLINED, caller.subject(), clock.instant());
            return WaitListOfferView.of(offer);
        });
    }

    /** Lapsed open offers become EXPIRED and their slots pass on; off in tests, which call it themselves. */
    @Scheduled(every = "${needlepoint.wait-list.sweep-every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void expireLapsedOffers() {
        expireLapsedOffers(clock.instant());
    }

    /**
     * Freed time: offered to the first entry in queue order that it fits, in the transaction that freed it. A failure
     * here is logged and swallowed: a cancellation must never fail because of the wait list.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onSlotReleased(@Observes SlotReleased released) {
        try {
            passOn(released.appointmentId(), new Slot(released.practitionerId(), released.roomId(),
                    released.startsAt(), released.endsAt()), clock.instant());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not offer the time released by appointment %s to the wait list",
                    released.appointmentId());
        }
    }

    // --- steps, each inside a transaction

    /** Locks the offer, closes it if it lapsed (passing the slot on), and says what it is now. */
    private WaitListOfferStatus settle(UUID offerId) {
        WaitListOfferEntity offer = lockedOffer(offerId);
        Instant now = clock.instant();
        if (offer.status == WaitListOfferStatus.OPEN && !offer.expiresAt.isAfter(now)) {
            closeAndPassOn(offer, WaitListOfferStatus.EXPIRED, SYSTEM, now);
        }
        return offer.status;
    }

    /**
     * The offer still OPEN (it may have been declined, withdrawn or lapsed while being checked) and the checked booking
     * stored. An offer's time and an entry's wishes never change, so what was checked is what is booked.
     */
    private AppointmentView book(CheckedAcceptance checked, Caller caller) {
        UUID offerId = checked.offerId();
        // The entry before the offer, the order withdrawal locks them in, so the two cannot deadlock.
        UUID entryId = offers.findEntryId(offerId).orElseThrow(() -> Problems.notFound("wait-list offer", offerId));
        WaitListEntryEntity entry = entries.findForUpdate(entryId).orElseThrow();
        WaitListOfferEntity offer = lockedOffer(offerId);
        Instant now = clock.instant();
        requireOpen(offer.status);
        if (!offer.expiresAt.isAfter(now)) {
            requireOpen(WaitListOfferStatus.EXPIRED);
        }
        AppointmentView booked = appointments.create(checked.booking(), caller);
        offer.status = WaitListOfferStatus.ACCEPTED;
        offer.appointmentId = booked.id();
        offer.closedAt = now;
        offer.closedBy = caller.subject();
        entry.status = WaitListEntryStatus.BOOKED;
        entry.appointmentId = booked.id();
        entry.updatedAt = now;
        offers.flush();
        return booked;
    }

    private void closeIfOpen(UUID offerId, WaitListOfferStatus status, String by) {
        WaitListOfferEntity offer = lockedOffer(offerId);
        if (offer.status == WaitListOfferStatus.OPEN) {
            closeAndPassOn(offer, status, by, clock.instant());
        }
    }

    private void expireLapsedOffers(Instant now) {
        for (WaitListOfferEntity offer : offers.lockLapsed(now, LAPSED_PER_PASS)) {
            closeAndPassOn(offer, WaitListOfferStatus.EXPIRED, SYSTEM, now);
        }
    }

    private void closeAndPassOn(WaitListOfferEntity offer, WaitListOfferStatus status, String by, Instant now) {
        offer.status = status;
        offer.closedAt = now;
        offer.closedBy = by;
        offers.flush();
        passOn(offer.releasedAppointmentId, new Slot(offer.practitionerId, offer.roomId, offer.startsAt,
                offer.freeUntil), now);
    }

    /**
     * Offers the slot to the first entry in queue order that has no open offer, was not offered this slot before,
     * fits it ({@link WaitListFit}) and whose visit is still free of other appointments (practitioner, room and the
     * client's own calendar). Nothing when the slot has started or is already offered.
     */
    private void passOn(UUID releasedAppointmentId, Slot slot, Instant now) {
        Instant expiresAt = WaitListFit.offerExpiresAt(now, config.offerTtl(), slot.startsAt());
        if (expiresAt == null || offers.slotIsOffered(releasedAppointmentId, slot.startsAt())) {
            return;
        }
        ClinicRules rules = calendar.rules();
        ZoneId zone = rules.zone();
        int turnover = slot.roomId() == null ? 0 : rules.turnoverMinutes();
        LocalDate date = LocalDate.ofInstant(slot.startsAt(), zone);
        for (WaitListEntryEntity entry : entries.lockCandidates(date, slot.practitionerId(), releasedAppointmentId,
                slot.startsAt(), CANDIDATES_PER_SLOT)) {
            if (offers.hasOpenOffer(entry.id)
                    || WaitListFit.misfit(wishOf(entry), slot, turnover, zone).isPresent()
                    || !stillFree(entry, slot, turnover, now)) {
                continue;
            }
            WaitListOfferEntity offer = new WaitListOfferEntity();
            offer.id = UUID.randomUUID();
            offer.entryId = entry.id;
            offer.clientId = entry.clientId;
            offer.releasedAppointmentId = releasedAppointmentId;
            offer.startsAt = slot.startsAt();
            offer.freeUntil = slot.freeUntil();
            offer.practitionerId = slot.practitionerId();
            offer.roomId = slot.roomId();
            offer.status = WaitListOfferStatus.OPEN;
            offer.expiresAt = expiresAt;
            offer.createdAt = now;
            offers.persist(offer);
            offers.flush();
            return;
        }
    }

    private boolean stillFree(WaitListEntryEntity entry, Slot slot, int turnover, Instant now) {
        Instant procedureStarts = slot.startsAt().plus(Duration.ofMinutes(entry.numbingMinutes));
        Instant procedureEnds = procedureStarts.plus(Duration.ofMinutes(entry.procedureMinutes));
        Instant roomFree = procedureEnds.plus(Duration.ofMinutes(turnover));
        return appointmentRows.findCollisions(null, slot.practitionerId(), procedureStarts, procedureEnds,
                slot.roomId(), slot.startsAt(), roomFree, entry.clientId, slot.startsAt(), procedureEnds, now, false)
                .isEmpty();
    }

    private static Wish wishOf(WaitListEntryEntity e) {
        return new Wish(e.earliestDate, e.latestDate, e.practitionerId, e.preferredTimeFrom, e.preferredTimeTo,
                e.numbingMinutes, e.procedureMinutes, e.protocolId != null);
    }

    // --- helpers

    private WaitListEntryEntity entry(UUID id) {
        return entries.findByIdOptional(id).orElseThrow(() -> Problems.notFound("wait-list entry", id));
    }

    private WaitListOfferEntity lockedOffer(UUID id) {
        return offers.findForUpdate(id).orElseThrow(() -> Problems.notFound("wait-list offer", id));
    }

    private static void requireOpen(WaitListOfferStatus status) {
        if (status != WaitListOfferStatus.OPEN) {
            throw Problems.of(ProblemType.CONFLICT, "The offer is " + status + "; only an OPEN offer can be accepted "
                    + "or declined.", Map.of("currentStatus", status.name()));
        }
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, calendar.rules().zone());
    }

    private static HttpProblem refused(String detail, Reason reason) {
        return Problems.of(ProblemType.RULE_VIOLATED, detail, Map.of("reasons", List.of(reason)));
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
}
