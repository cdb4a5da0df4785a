package care.needlepoint.scheduling.recall.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;
import care.needlepoint.scheduling.appointment.persistence.AppointmentEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RecallBookingRepository implements PanacheRepositoryBase<RecallBookingEntity, UUID> {

    /**
     * Appointment statuses that no longer answer a recall: cancelled, a lapsed hold, or a no-show (the client still
     * needs a call and a new booking).
     */
    public static final List<AppointmentStatus> INACTIVE = List.of(AppointmentStatus.CANCELLED,
            AppointmentStatus.EXPIRED, AppointmentStatus.NO_SHOW);

    /** A recall booking with its appointment. */
    public record Booked(RecallBookingEntity booking, AppointmentEntity appointment) {
    }

    /** The recall bookings of these courses whose appointments still answer the recall, oldest first. */
    public List<Booked> findActiveOfCourses(Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select r, a from RecallBookingEntity r, AppointmentEntity a "
                + "where a.id = r.appointmentId and r.courseId in :courses and a.status not in :inactive "
                + "order by r.createdAt, r.id", Object[].class)
                .setParameter("courses", courseIds).setParameter("inactive", INACTIVE)
                .getResultStream().map(row -> new Booked((RecallBookingEntity) row[0], (AppointmentEntity) row[1]))
                .toList();
    }

    /**
     * Serialises bookings from one course's recall until the transaction ends, so "one active booking per recall" is
     * checked and written as one step (the appointment's status lives in another table, out of a constraint's reach).
     */
    public void lockCourse(UUID courseId) {
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS l")
                .setParameter(1, "scheduling-recall:" + courseId).getSingleResult();
    }
}
