package care.needlepoint.clients.client.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import care.needlepoint.clients.client.domain.ClientSearch;
import care.needlepoint.clients.client.domain.ClientSort;
import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.client.domain.NameKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Client queries. Every filter here has an index (V4__client_record.sql): a name fragment uses the trigram index on
 * search_name, email the lower(email) index, phone, date of birth and updatedSince their own; the two sort orders
 * have (sort_name, id) and (updated_at, id), which keyset paging walks without offsets.
 */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<ClientEntity, UUID> {

    /** One page of clients matching {@code search}, after the row whose sort key is {@code after} (null: first). */
    public List<ClientEntity> search(ClientSearch search, AfterKey after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (search.name() != null) {
            String[] words = NameKey.fold(search.name()).split(" ");
            for (int i = 0; i < words.length; i++) {
                where.add("searchName like :word" + i + " escape '\\'");
                parameters.and("word" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        if (search.email() != null) {
            where.add("lower(email) = :email");
            parameters.and("email", search.email().toLowerCase(Locale.ROOT));
        }
        if (search.phone() != null) {
            where.add("phone = :phone");
            parameters.and("phone", search.phone());
        }
        if (search.dateOfBirth() != null) {
            where.add("dateOfBirth = :dateOfBirth");
            parameters.and("dateOfBirth", search.dateOfBirth());
        }
        if (search.statuses() != null && !search.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", search.statuses());
        }
        if (search.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            parameters.and("updatedSince", search.updatedSince());
        }
        String order;
        if (search.sort() == ClientSort.updatedAt) {
            order = " order by updatedAt, id";
            if (after != null) {
                where.add("(updatedAt, id) > (:afterUpdatedAt, :afterId)");
                parameters.and("afterUpdatedAt", Instant.parse(after.key())).and("afterId", after.id());
            }
        } else {
            order = " order by sortName, id";
            if (after != null) {
                where.add("(sortName, id) > (:afterSortName, :afterId)");
                parameters.and("afterSortName", after.key()).and("afterId", after.id());
            }
        }
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where)) + order;
        return find(query, parameters).page(0, limit).list();
    }

    /**
     * Clients, not erased, that look like the same person: the same email (any case), or the same name (case- and
     * accent-free) and date of birth.
     */
    public List<ClientEntity> findLikelyDuplicates(String email, String sortName, LocalDate dateOfBirth) {
        Parameters parameters = Parameters.with("erased", ClientStatus.ERASED).and("sortName", sortName)
                .and("dateOfBirth", dateOfBirth);
        String sameEmail = "";
        if (email != null) {
            sameEmail = "lower(email) = :email or ";
            parameters.and("email", email.toLowerCase(Locale.ROOT));
        }
        return find("status <> :erased and (" + sameEmail + "(sortName = :sortName and dateOfBirth = :dateOfBirth))"
                + " order by createdAt, id", parameters).page(0, 10).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The sort key of the last row of the previous page: the sort column's value (as text) and the id. */
    public record AfterKey(String key, UUID id) {
    }
}
