package care.needlepoint.scheduling.room.domain;

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
import care.needlepoint.scheduling.room.api.RoomFields;
import care.needlepoint.scheduling.room.api.RoomView;
import care.needlepoint.scheduling.room.persistence.RoomEntity;
import care.needlepoint.scheduling.room.persistence.RoomRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creating and reading rooms; each public method is one transaction. */
@ApplicationScoped
public class RoomService {

    @Inject
    RoomRepository rooms;

    @Inject
    Clock clock;

    /** Creates a room, or answers 409 naming the room that already has this name in any upper and lower case. */
    @Transactional
    public RoomView create(RoomFields fields) {
        String name = fields.name().strip();
        rooms.findByNameIgnoringCase(name).ifPresent(existing -> {
            throw nameTaken(existing.id);
        });
        RoomEntity room = new RoomEntity();
        room.id = UUID.randomUUID();
        room.name = name;
        room.description = blankToNull(fields.description());
        room.active = fields.active();
        room.createdAt = now();
        room.updatedAt = room.createdAt;
        rooms.persist(room);
        try {
            rooms.flush(); // the version is assigned on insert, and the response carries it as the ETag
        } catch (PersistenceException e) {
            if (!UniqueViolations.isViolationOf(e, RoomEntity.NAME_UNIQUE)) {
                throw e;
            }
            // Another request created the same name between our check and our insert. This transaction can no
            // longer query, so the winner's id is read in a fresh one, where its insert is committed and visible.
            UUID winner = QuarkusTransaction.requiringNew()
                    .call(() -> rooms.findByNameIgnoringCase(name).map(existing -> existing.id).orElse(null));
            throw nameTaken(winner);
        }
        return RoomView.of(room);
    }

    @Transactional
    public RoomView get(UUID id) {
        return RoomView.of(rooms.findByIdOptional(id).orElseThrow(() -> Problems.notFound("room", id)));
    }

    /** One page in the list order (name, id), optionally only the active or only the inactive rooms. */
    @Transactional
    public Page<RoomView> list(Boolean active, String cursor, int limit) {
        List<RoomEntity> rows;
        if (cursor == null) {
            rows = rooms.findFirstPage(active, limit + 1);
        } else {
            List<String> after = Cursor.decode(cursor, 2);
            rows = rooms.findPageAfter(active, after.get(0), Cursor.uuid(after.get(1)), limit + 1);
        }
        return Page.from(rows, limit, RoomView::of, last -> List.of(last.name, last.id.toString()));
    }

    private static HttpProblem nameTaken(UUID existing) {
        return Problems.of(ProblemType.CONFLICT, existing == null
                ? "A room with this name already exists (names are compared ignoring case)."
                : "A room with this name already exists (names are compared ignoring case): room " + existing + ".");
    }

    private Instant now() {
        return clock.instant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
