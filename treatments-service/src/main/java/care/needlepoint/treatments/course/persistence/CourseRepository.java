package care.needlepoint.treatments.course.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import care.needlepoint.treatments.course.domain.CourseStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<CourseEntity, UUID> {

    /**
     * The course, locked until the transaction ends: status changes and charting of one course are serialised, so
     * sequence numbers, counts and ETags never race.
     */
    public Optional<CourseEntity> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * One page of courses, newest first then by id descending, optionally of one client and/or in one status;
     * after the cursor's (createdAt, id) when given. Fetches {@code limit} rows (the caller asks for one more).
     */
    public List<CourseEntity> findPage(UUID clientId, CourseStatus status, Instant afterCreatedAt, UUID afterId,
            int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (clientId != null) {
            where.add("c.clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        if (status != null) {
            where.add("c.status = :status");
            parameters.and("status", status);
        }
        if (afterCreatedAt != null) {
            where.add("(c.createdAt < :at or (c.createdAt = :at and c.id < :id))");
            parameters.and("at", afterCreatedAt).and("id", afterId);
        }
        String query = "from CourseEntity c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.createdAt desc, c.id desc";
        return find(query, parameters).page(0, limit).list();
    }

    /**
     * One page of courses with a maintenance due window that opens on or before {@code dueBy}, by window start then
     * id; optionally of one client; after the cursor's (window start, id) when given. Served by the partial indexes
     * of V8__course_maintenance_due.sql. Fetches {@code limit} rows (the caller asks for one more).
     */
    public List<CourseEntity> findDueForMaintenance(LocalDate dueBy, UUID clientId, LocalDate afterFrom, UUID afterId,
            int limit) {
        List<String> where = new ArrayList<>(List.of("c.maintenanceDueFrom is not null",
                "c.maintenanceDueFrom <= :dueBy"));
        Parameters parameters = Parameters.with("dueBy", dueBy);
        if (clientId != null) {
            where.add("c.clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        if (afterFrom != null) {
            where.add("(c.maintenanceDueFrom > :from or (c.maintenanceDueFrom = :from and c.id > :id))");
            parameters.and("from", afterFrom).and("id", afterId);
        }
        return find("from CourseEntity c where " + String.join(" and ", where)
                + " order by c.maintenanceDueFrom, c.id", parameters).page(0, limit).list();
    }
}
