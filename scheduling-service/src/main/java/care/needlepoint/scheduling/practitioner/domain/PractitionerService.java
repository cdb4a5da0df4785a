package care.needlepoint.scheduling.practitioner.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import care.needlepoint.scheduling.platform.persistence.UniqueViolations;
import care.needlepoint.scheduling.platform.paging.Cursor;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.practitioner.api.PractitionerFields;
import care.needlepoint.scheduling.practitioner.api.PractitionerView;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerEntity;
import care.needlepoint.scheduling.practitioner.persistence.PractitionerRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creating and reading practitioners; each public method is one transaction. */
@ApplicationScoped
public class PractitionerService {

    @Inject
    PractitionerRepository practitioners;

    @Inject
    Clock clock;

    /** Creates a practitioner, or answers 409 naming the practitioner who already logs in with this subject. */
    @Transactional
    public PractitionerView create(PractitionerFields fields) {
        String subject = fields.subject();
        practitioners.findBySubject(subject).ifPresent(existing -> {
            throw subjectTaken(existing.id);
        });
        PractitionerEntity practitioner = new PractitionerEntity();
        practitioner.id = UUID.randomUUID();
        practitioner.displayName = fields.displayName().strip();
        practitioner.subject = subject;
        practitioner.email = blankToNull(fields.email());
        practitioner.active = fields.active();
        practitioner.createdAt = now();
        practitioner.updatedAt = practitioner.createdAt;
        practitioners.persist(practitioner);
        try {
            practitioners.flush(); // the version is assigned on insert, and the response carries it as the ETag
        } catch (PersistenceException e) {
            if (!UniqueViolations.isViolationOf(e, PractitionerEntity.SUBJECT_UNIQUE)) {
                throw e;
            }
            // Another request created the same subject between our check and our insert. This transaction can no
            // longer query, so the winner's id is read in a fresh one, where its insert is committed and visible.
            UUID winner = QuarkusTransaction.requiringNew()
                    .call(() -> practitioners.findBySubject(subject).map(existing -> existing.id).orElse(null));
            throw subjectTaken(winner);
        }
        return PractitionerView.of(practitioner);
    }

    @Transactional
    public PractitionerView get(UUID id) {
        return PractitionerView.of(
                practitioners.findByIdOptional(id).orElseThrow(() -> Problems.notFound("practitioner", id)));
    }

    /** One page in the list order (display name, id), optionally only the active or only the inactive ones. */
    @Transactional
    public Page<PractitionerView> list(Boolean active, String cursor, int limit) {
        List<PractitionerEntity> rows;
        if (cursor == null) {
            rows = practitioners.findFirstPage(active, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 2);
            rows = practitioners.findPageAfter(active, after.get(0), Cursor.uuid(after.get(1)), limit + 1);
        }
        return Page.from(rows, limit, PractitionerView::of, last -> List.of(last.displayName, last.id.toString()));
    }

    private static HttpProblem subjectTaken(UUID existing) {
        return Problems.of(ProblemType.CONFLICT, existing == null
                ? "A practitioner already logs in with this subject."
                : "A practitioner already logs in with this subject: practitioner " + existing + ".");
    }

    private Instant now() {
        return clock.instant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
