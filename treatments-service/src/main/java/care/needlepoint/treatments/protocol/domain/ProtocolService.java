package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import care.needlepoint.treatments.platform.paging.Cursor;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.persistence.UniqueViolations;
import care.needlepoint.treatments.platform.problem.FieldViolation;
import care.needlepoint.treatments.platform.problem.ProblemType;
import care.needlepoint.treatments.platform.problem.Problems;
import care.needlepoint.treatments.protocol.api.ProtocolFields;
import care.needlepoint.treatments.protocol.api.ProtocolView;
import care.needlepoint.treatments.protocol.persistence.ProtocolEntity;
import care.needlepoint.treatments.protocol.persistence.ProtocolRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creating and reading the protocol catalogue; each public method is one transaction. */
@ApplicationScoped
public class ProtocolService {

    /** Named in V2__protocol.sql; the last guard behind {@link #create}'s own look-up. */
    static final String UNIQUE_CODE_CONSTRAINT = "protocol_code_unique";

    @Inject
    ProtocolRepository protocols;

    @Inject
    Clock clock;

    /**
     * Creates a protocol that keeps every {@link ProtocolRules} rule (else 400 naming the fields) and whose code is
     * not taken (else 409 naming the protocol that has it).
     */
    @Transactional
    public ProtocolView create(ProtocolFields fields) {
        List<RuleViolation> violations = ProtocolRules.violations(fields);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        protocols.findByCode(fields.code()).ifPresent(existing -> {
            throw codeTaken(fields.code(), existing.id);
        });
        ProtocolEntity protocol = new ProtocolEntity();
        protocol.id = UUID.randomUUID();
        protocol.createdAt = now();
        protocol.updatedAt = protocol.createdAt;
        apply(fields, protocol);
        protocols.persist(protocol);
        try {
            protocols.flush(); // the version is assigned on insert, and the response carries it as the ETag
        } catch (PersistenceException e) {
            if (UniqueViolations.isViolationOf(e, UNIQUE_CODE_CONSTRAINT)) {
                // A concurrent request took the code between our look-up and our insert; it has committed, or the
                // database would still be waiting for it. This transaction is spoilt, so look in a new one.
                throw codeTaken(fields.code(), QuarkusTransaction.requiringNew()
                        .call(() -> protocols.findByCode(fields.code()).map(existing -> existing.id).orElse(null)));
            }
            throw e;
        }
        return ProtocolView.of(protocol);
    }

    @Transactional
    public ProtocolView get(UUID id) {
        return ProtocolView.of(protocols.findByIdOptional(id).orElseThrow(() -> Problems.notFound("protocol", id)));
    }

    /** One page of protocols in name order, optionally only those of one setting and/or indication. */
    @Transactional
    public Page<ProtocolView> list(TreatmentSetting setting, Indication indication, String cursor, int limit) {
        List<ProtocolEntity> rows;
        if (cursor == null) {
            rows = protocols.findFirstPage(setting, indication, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 2);
            rows = protocols.findPageAfter(setting, indication, after.get(0), Cursor.uuid(after.get(1)), limit + 1);
        }
        return Page.from(rows, limit, ProtocolView::of, last -> List.of(last.name, last.id.toString()));
    }

    private void apply(ProtocolFields fields, ProtocolEntity protocol) {
        protocol.code = fields.code();
        protocol.name = fields.name().strip();
        protocol.summary = fields.summary().strip();
        protocol.indication = fields.indication();
        protocol.setting = fields.setting();
        // Scale 2 as stored, so that the answer to the create reads like every later read (1.50, not 1.5).
        protocol.needleDepthMinMm = millimetres(fields.needleDepthMm().min());
        protocol.needleDepthMaxMm = millimetres(fields.needleDepthMm().max());
        protocol.numbingPolicy = fields.numbing().policy();
        protocol.numbingMinDwellMinutes = fields.numbing().minimumDwellMinutes();
        protocol.procedureMinutes = fields.procedureMinutes();
        protocol.sessionsDefault = fields.sessions().defaultCount();
        protocol.sessionsMin = fields.sessions().min();
        protocol.sessionsMax = fields.sessions().max();
        protocol.spacingMinDays = fields.spacingDays().min();
        protocol.spacingMaxDays = fields.spacingDays().max();
        protocol.maintenanceMinMonths = fields.maintenanceIntervalMonths() == null ? null
                : fields.maintenanceIntervalMonths().min();
        protocol.maintenanceMaxMonths = fields.maintenanceIntervalMonths() == null ? null
                : fields.maintenanceIntervalMonths().max();
        protocol.aftercare = fields.aftercare() == null ? List.of()
                : fields.aftercare().stream().map(String::strip).toList();
    }

    private Instant now() {
        return clock.instant();
    }

    /** Bean validation allows at most two decimal places, so this never rounds. */
    private static BigDecimal millimetres(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A 400 naming every offending field, shaped like the bean-validation problems (see Problems.invalid). */
    private static HttpProblem invalid(List<RuleViolation> violations) {
        return Problems.invalid(violations.stream().map(v -> FieldViolation.body(v.field(), v.message())).toList());
    }

    private static HttpProblem codeTaken(String code, UUID existingId) {
        return Problems.of(ProblemType.CONFLICT, "The code " + code + " is already taken by protocol " + existingId
                + "; codes are unique. Choose another code, or use that protocol.");
    }
}
