package care.needlepoint.treatments.protocol.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProtocolRepository implements PanacheRepositoryBase<ProtocolEntity, UUID> {

    public Optional<ProtocolEntity> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The protocol, locked until the transaction ends: of two edits sent with the same ETag, the second waits here
     * and then sees the version the first created.
     */
    public Optional<ProtocolEntity> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
