package care.needlepoint.scheduling.waitlist.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import care.needlepoint.scheduling.waitlist.domain.WaitListOfferStatus;

/**
 * A freed slot offered to one entry (V8__wait_list.sql). The slot is (releasedAppointmentId, startsAt) with the time
 * free until {@code freeUntil}, the practitioner and the room that the released appointment had.
 */
@Entity
@Table(name = "wait_list_offer")
public class WaitListOfferEntity {

    @Id
    public UUID id;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "released_appointment_id", nullable = false)
    public UUID releasedAppointmentId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "free_until", nullable = false)
    public Instant freeUntil;

    @Column(name = "practitioner_id", nullable = false)
    public UUID practitionerId;

    @Column(name = "room_id")
    public UUID roomId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public WaitListOfferStatus status;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
