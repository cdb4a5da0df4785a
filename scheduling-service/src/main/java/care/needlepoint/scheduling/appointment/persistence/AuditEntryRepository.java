package care.needlepoint.scheduling.appointment.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntryEntity, UUID> {

    public List<AuditEntryEntity> findByRecord(String recordType, UUID recordId) {
        return list("recordType = ?1 and recordId = ?2 order by at, id", recordType, recordId);
    }
}
