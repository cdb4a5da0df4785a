package care.needlepoint.scheduling.calendar.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import care.needlepoint.scheduling.calendar.domain.OwnerKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CalendarExceptionRepository implements PanacheRepositoryBase<CalendarExceptionEntity, UUID> {

    private static final String ORDER = " order by startsAt, id";

    /** The clinic's exceptions and those of the given owners that overlap [from, to). */
    public List<CalendarExceptionEntity> findOverlapping(Collection<UUID> ownerIds, Instant from, Instant to) {
        return list("(ownerKind = :clinic or ownerId in :owners) and startsAt < :to and endsAt > :from" + ORDER,
                Parameters.with("clinic", OwnerKind.CLINIC).and("owners", ownerIds).and("from", from).and("to", to));
    }

    /** A page of exceptions overlapping [from, to), optionally of one owner, in start order. */
    public List<CalendarExceptionEntity> findPage(UUID ownerId, Instant from, Instant to, Instant afterStart,
            UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("startsAt < :to and endsAt > :from");
        Parameters parameters = Parameters.with("from", from).and("to", to);
        if (ownerId != null) {
            query.append(" and ownerId = :owner");
            parameters.and("owner", ownerId);
        }
        if (afterStart != null) {
            query.append(" and (startsAt > :afterStart or (startsAt = :afterStart and id > :afterId))");
            parameters.and("afterStart", afterStart).and("afterId", afterId);
        }
        return find(query + ORDER, parameters).page(0, limit).list();
    }
}
