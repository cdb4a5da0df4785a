package care.needlepoint.treatments.protocol.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import care.needlepoint.treatments.platform.http.EntityTags;
import care.needlepoint.treatments.platform.paging.Cursor;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.persistence.UniqueViolations;
import care.needlepoint.treatments.platform.problem.FieldViolation;
import care.needlepoint.treatments.platform.problem.ProblemType;
import care.needlepoint.treatments.platform.problem.Problems;
import care.needlepoint.treatments.platform.security.CurrentUser;
import care.needlepoint.treatments.protocol.api.ProtocolFields;
import care.needlepoint.treatments.protocol.persistence.ProtocolEntity;
import care.needlepoint.treatments.protocol.persistence.ProtocolRepository;
import care.needlepoint.treatments.protocol.persistence.ProtocolVersionEntity;
import care.needlepoint.treatments.protocol.persistence.ProtocolVersionRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The protocol catalogue: creating protocols, editing them into new versions, reading current and past versions.
 * Each public method is one transaction. Courses, charting and eligibility read versions through {@link #version}
 * and {@link #current}.
 */
@ApplicationScoped
public class ProtocolService {

    /** Named in V3__protocol_versions.sql; the last guard behind {@link #create}'s own look-up. */
    static final String UNIQUE_CODE_CONSTRAINT = "protocol_code_unique";

    @Inject
    @CacheName("published-protocol-versions")
    Cache publishedVersions;

    @Inject
    ProtocolRepository protocols;

    @Inject
    ProtocolVersionRepository versions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * Creates a protocol at version 1 if it keeps every {@link ProtocolRules} rule (else 400 naming the fields) and its
     * code is not taken (else 409 naming the protocol that has it).
     */
    @Transactional
    public ProtocolVersion create(ProtocolFields fields) {
        requireConsistent(fields);
        protocols.findByCode(fields.code()).ifPresent(existing -> {
            throw codeTaken(fields.code(), existing.id);
        });
        ProtocolEntity protocol = new ProtocolEntity();
        protocol.id = UUID.randomUUID();
        protocol.code = fields.code();
        protocol.currentVersion = 1;
        protocol.createdAt = clock.instant();
        ProtocolVersionEntity first = ProtocolVersionEntity.of(protocol, 1, ProtocolDefinitions.from(fields),
                protocol.createdAt, currentUser.subject());
        protocols.persist(protocol);
        versions.persist(first);
        try {
            protocols.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isViolationOf(e, UNIQUE_CODE_CONSTRAINT)) {
                // A concurrent request took the code between our look-up and our insert; it has committed, or the
                // database would still be waiting for it. This transaction is spoilt, so look in a new one.
                throw codeTaken(fields.code(), QuarkusTransaction.requiringNew()
                        .call(() -> protocols.findByCode(fields.code()).map(existing -> existing.id).orElse(null)));
            }
            throw e;
        }
        return first.toVersion();
    }

    /**
     * Makes {@code fields} the protocol's new current version if the caller saw the current one (else 412 and
     * nothing changes). The code cannot change (400). An edit that changes nothing creates no version and answers with
     * the current one. Earlier versions stay as they were.
     */
    @Transactional
    public ProtocolVersion update(UUID id, long expectedVersion, ProtocolFields fields) {
        requireConsistent(fields);
        ProtocolEntity protocol = protocols.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
        if (protocol.currentVersion != expectedVersion) {
            throw EntityTags.stale(protocol.currentVersion);
        }
        if (!protocol.code.equals(fields.code())) {
            throw Problems.invalid("body", "code", "cannot change: this protocol's code is " + protocol.code
                    + "; a new code needs a new protocol");
        }
        ProtocolVersionEntity current = versions.findVersion(id, protocol.currentVersion).orElseThrow();
        ProtocolDefinition definition = ProtocolDefinitions.from(fields);
        if (definition.equals(current.definition())) {
            return current.toVersion();
        }
        ProtocolVersionEntity next = ProtocolVersionEntity.of(protocol, protocol.currentVersion + 1, definition,
                clock.instant(), currentUser.subject());
        versions.persist(next);
        protocol.currentVersion = next.version;
        versions.flush();
        return next.toVersion();
    }

    /**
     * The protocol's current version, or 404. A published version never changes (a change publishes the next one), so
     * after one narrow read of which version is current, a copy read before serves: every booking, eligibility check
     * and charting asks, and the full version is a row plus four child tables.
     */
    @Transactional
    public ProtocolVersion current(UUID id) {
        int number = versions.findCurrentVersionNumber(id).orElseThrow(() -> notFound(id));
        return publishedVersions.get(new PublishedVersion(id, number),
                key -> versions.findVersion(id, number).orElseThrow(() -> notFound(id)).toVersion())
                .await().indefinitely();
    }

    private record PublishedVersion(UUID protocolId, int version) {
    }

    /** One version of the protocol, current or not, or 404 naming which does not exist. */
    @Transactional
    public ProtocolVersion version(UUID id, int version) {
        return versions.findVersion(id, version).map(ProtocolVersionEntity::toVersion).orElseThrow(() -> {
            if (protocols.findByIdOptional(id).isEmpty()) {
                return notFound(id);
            }
            return Problems.of(ProblemType.NOT_FOUND, "Protocol " + id + " has no version " + version + ".");
        });
    }

    /** One page of the protocol's versions, newest first; 404 when there is no such protocol. */
    @Transactional
    public Page<ProtocolVersion> versions(UUID id, String cursor, int limit) {
        if (protocols.findByIdOptional(id).isEmpty()) {
            throw notFound(id);
        }
        List<ProtocolVersionEntity> rows;
        if (cursor == null) {
            rows = versions.findNewestVersions(id, limit + 1);
        } else {
            rows = versions.findVersionsBefore(id, versionFromCursor(cursor), limit + 1);
        }
        return Page.from(rows, limit, ProtocolVersionEntity::toVersion,
                last -> List.of(Integer.toString(last.version)));
    }

    /** One page of current versions in name order, optionally only those of one setting, indication and/or area. */
    @Transactional
    public Page<ProtocolVersion> list(TreatmentSetting setting, Indication indication, BodyArea area, String cursor,
            int limit) {
        List<ProtocolVersionEntity> rows;
        if (cursor == null) {
            rows = versions.findFirstCataloguePage(setting, indication, area, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 2);
            rows = versions.findCataloguePageAfter(setting, indication, area, after.get(0), Cursor.uuid(after.get(1)),
                    limit + 1);
        }
        return Page.from(rows, limit, ProtocolVersionEntity::toVersion,
                last -> List.of(last.name, last.protocol.id.toString()));
    }

    private static void requireConsistent(ProtocolFields fields) {
        List<RuleViolation> violations = ProtocolRules.violations(fields);
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations.stream().map(v -> FieldViolation.body(v.field(), v.message())).toList());
        }
    }

    /** A version number from a cursor we issued, or the same 400 as any other cursor we did not issue. */
    private static int versionFromCursor(String cursor) {
        String version = Cursor.decode(cursor, 1).get(0);
        if (version.matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(version);
        }
        throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
    }

    private static HttpProblem notFound(UUID id) {
        return Problems.notFound("protocol", id);
    }

    private static HttpProblem codeTaken(String code, UUID existingId) {
        return Problems.of(ProblemType.CONFLICT, "The code " + code + " is already taken by protocol " + existingId
                + "; codes are unique. Choose another code, or edit that protocol.");
    }
}
