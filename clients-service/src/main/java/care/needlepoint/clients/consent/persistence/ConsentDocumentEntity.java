package care.needlepoint.clients.consent.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import care.needlepoint.clients.consent.domain.ConsentKind;

/** A published consent document. Written once; the table refuses changes (V6__consent.sql). */
@Entity
@Immutable
@Table(name = "consent_document")
public class ConsentDocumentEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ConsentKind kind;

    @Column(name = "version", nullable = false)
    public int version;

    @Column(name = "title", nullable = false)
    public String title;

    /** Up to 100,000 characters that lists do not show: loaded only when read (Quarkus enhances entities). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
