package care.needlepoint.clients.consent.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import care.needlepoint.clients.consent.api.ConsentDocumentFields;
import care.needlepoint.clients.consent.api.ConsentDocumentSummary;
import care.needlepoint.clients.consent.api.ConsentDocumentView;
import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.CurrentDocument;
import care.needlepoint.clients.consent.persistence.ConsentDocumentEntity;
import care.needlepoint.clients.consent.persistence.ConsentDocumentRepository;
import care.needlepoint.clients.platform.paging.Cursor;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.persistence.UniqueViolations;
import care.needlepoint.clients.platform.problem.ProblemType;
import care.needlepoint.clients.platform.problem.Problems;
import care.needlepoint.clients.platform.security.CurrentUser;

/**
 * Publishing and reading consent documents; each public method is one transaction. Documents are the clinic's texts,
 * not client data, so nothing here is audited.
 */
@ApplicationScoped
public class ConsentDocumentService {

    /** Named in V6__consent.sql; the last guard behind the publication lock. */
    static final String UNIQUE_KIND_VERSION = "consent_document_kind_version";

    @Inject
    ConsentDocumentRepository documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * Publishes the next version of the fields' kind. Publications of one kind are serialised by a lock held to the
     * end of the transaction, so each reads the highest version after the previous one committed: versions are 1, 2,
     * 3 ... without gaps or collisions however many administrators publish at once.
     */
    @Transactional
    public ConsentDocumentView publish(ConsentDocumentFields fields) {
        documents.lockPublicationsOf(fields.kind());
        ConsentDocumentEntity document = new ConsentDocumentEntity();
        document.id = UUID.randomUUID();
        document.kind = fields.kind();
        document.version = documents.highestVersion(fields.kind()) + 1;
        document.title = fields.title().strip();
        document.text = fields.text();
        document.textSha256 = sha256Hex(fields.text());
        document.publishedAt = clock.instant();
        document.publishedBy = currentUser.subject();
        documents.persist(document);
        try {
            documents.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isViolationOf(e, UNIQUE_KIND_VERSION)) {
                // Only possible if something published without taking the lock; the caller may simply retry.
                throw Problems.of(ProblemType.CONFLICT, "Another " + fields.kind() + " document was published at the "
                        + "same moment and took version " + document.version + "; send the request again.");
            }
            throw e;
        }
        return ConsentDocumentView.of(document, true);
    }

    @Transactional
    public ConsentDocumentView get(UUID id) {
        ConsentDocumentEntity document = documents.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("consent document", id));
        return ConsentDocumentView.of(document, isCurrent(document, documents.findCurrentVersions()));
    }

    /**
     * One page of documents ordered by kind code and then newest version first, optionally only one kind and only
     * current ({@code true}) or only superseded ({@code false}) versions.
     */
    @Transactional
    public Page<ConsentDocumentSummary> list(ConsentKind kind, Boolean current, String cursor, int limit) {
        List<ConsentDocumentEntity> rows;
        if (cursor == null) {
            rows = documents.findFirstPage(kind, current, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 2);
            rows = documents.findPageAfter(kind, current, kindOf(after.get(0)), versionOf(after.get(1)), limit + 1);
        }
        Map<ConsentKind, CurrentDocument> currentVersions = documents.findCurrentVersions();
        return Page.from(rows, limit, row -> ConsentDocumentSummary.of(row, isCurrent(row, currentVersions)),
                last -> List.of(last.kind.name(), Integer.toString(last.version)));
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes: what a signed copy of the text can be compared with. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean isCurrent(ConsentDocumentEntity document, Map<ConsentKind, CurrentDocument> current) {
        CurrentDocument currentOfKind = current.get(document.kind);
        return currentOfKind != null && currentOfKind.id().equals(document.id);
    }

    private static ConsentKind kindOf(String cursorValue) {
        try {
            return ConsentKind.valueOf(cursorValue);
        } catch (IllegalArgumentException e) {
            throw notOurCursor();
        }
    }

    private static int versionOf(String cursorValue) {
        try {
            return Integer.parseInt(cursorValue);
        } catch (NumberFormatException e) {
            throw notOurCursor();
        }
    }

    /** The same answer platform.paging.Cursor gives for any cursor it did not issue. */
    static RuntimeException notOurCursor() {
        return Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
    }
}
