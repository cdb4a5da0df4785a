package care.needlepoint.scheduling.appointment.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChangeEntity, UUID> {

    public List<StatusChangeEntity> findByAppointment(UUID appointmentId) {
        return list("appointmentId = ?1 order by changedAt, id", appointmentId);
    }
}
