package care.needlepoint.clients.client.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.client.domain.ContactChannel;
import care.needlepoint.clients.client.domain.SkinType;

/** A client row. Never leaves the service: the API speaks in records (see client.api). */
@Entity
@Table(name = "client")
public class ClientEntity {

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "preferred_name")
    public String preferredName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Column(name = "email")
    public String email;

    @Column(name = "phone")
    public String phone;

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    @Column(name = "address_locality")
    public String addressLocality;

    @Column(name = "address_region")
    public String addressRegion;

    @Column(name = "address_postal_code")
    public String addressPostalCode;

    @Column(name = "address_country")
    public String addressCountry;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact_channel")
    public ContactChannel preferredContactChannel;

    @Column(name = "marketing_email", nullable = false)
    public boolean marketingEmail;

    @Column(name = "marketing_email_changed_at")
    public Instant marketingEmailChangedAt;

    @Column(name = "marketing_sms", nullable = false)
    public boolean marketingSms;

    @Column(name = "marketing_sms_changed_at")
    public Instant marketingSmsChangedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "skin_type")
    public SkinType skinType;

    /** SkinConcern names; an array column keeps a client one row, so lists need no join. */
    @Column(name = "skin_concerns", nullable = false)
    public String[] skinConcerns = new String[0];

    @Column(name = "notes")
    public String notes;

    @Column(name = "search_name", nullable = false)
    public String searchName;

    @Column(name = "sort_name", nullable = false)
    public String sortName;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "erased_by")
    public String erasedBy;

    @Column(name = "erasure_reason")
    public String erasureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ClientStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
