package care.needlepoint.clients.client;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ClientSearchTest {

    private static final String CLIENTS = "/api/v1/clients";

    private static RequestSpecification frontDesk() {
        return given().auth().oauth2(TestTokens.forRole("front-desk"));
    }

    private static List<String> ids(RequestSpecification request) {
        return request.when().get(CLIENTS).then().statusCode(200).extract().path("items.id");
    }

    /** A family name no other test uses, with an accent, so that fragments can be checked accent-free. */
    private static String uniqueFamily() {
        return "Ødegård" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNameFragmentMatchesAnyNameIgnoringCaseAndAccents() {
        String family = uniqueFamily();
        String zoe = aClient().with("givenName", "Zoë").with("preferredName", "Zed").with("familyName", family)
                .create();
        String tag = family.substring(7);

        assertThat(ids(frontDesk().queryParam("name", "ODEGARD" + tag))).containsExactly(zoe);
        assertThat(ids(frontDesk().queryParam("name", "zoe " + tag))).containsExactly(zoe);
        assertThat(ids(frontDesk().queryParam("name", "zed " + tag.toUpperCase()))).containsExactly(zoe);
        assertThat(ids(frontDesk().queryParam("name", "gård" + tag.substring(0, 4)))).containsExactly(zoe);
        assertThat(ids(frontDesk().queryParam("name", "amelia " + tag))).isEmpty();
    }

    @Test
    void likeWildcardsInAFragmentAreLiteral() {
        String family = uniqueFamily();
        aClient().with("familyName", family).create();
        assertThat(ids(frontDesk().queryParam("name", "%" + family.substring(7)))).isEmpty();
        assertThat(ids(frontDesk().queryParam("name", "_degard" + family.substring(7)))).isEmpty();
    }

    @Test
    void exactFiltersFindByEmailPhoneAndDateOfBirth() {
        String family = uniqueFamily();
        String phone = "+4477009" + (10000 + (int) (Math.random() * 89999));
        String one = aClient().with("familyName", family).with("email", "One." + family.substring(7) + "@Example.com")
                .with("phone", phone).with("dateOfBirth", "1990-02-03").create();
        String two = aClient().with("familyName", family).with("givenName", "Bea").with("dateOfBirth", "1991-05-06")
                .create();

        assertThat(ids(frontDesk().queryParam("email", "one." + family.substring(7) + "@example.COM")))
                .containsExactly(one);
        assertThat(ids(frontDesk().queryParam("name", family).queryParam("phone", phone))).containsExactly(one);
        assertThat(ids(frontDesk().queryParam("name", family).queryParam("dateOfBirth", "1991-05-06")))
                .containsExactly(two);
    }

    @Test
    void statusFiltersCombineAndRepeat() {
        String family = uniqueFamily();
        String active = aClient().with("familyName", family).create();
        String archived = aClient().with("familyName", family).with("givenName", "Bea").create();
        frontDesk().when().post(CLIENTS + "/" + archived + "/archive").then().statusCode(200);

        assertThat(ids(frontDesk().queryParam("name", family).queryParam("status", "ACTIVE")))
                .containsExactly(active);
        assertThat(ids(frontDesk().queryParam("name", family).queryParam("status", "ARCHIVED")))
                .containsExactly(archived);
        assertThat(ids(frontDesk().queryParam("name", family).queryParam("status", "ACTIVE", "ARCHIVED")))
                .containsExactlyInAnyOrder(active, archived);
    }

    @Test
    void updatedSinceListsChangesInChangeOrderAcrossPages() {
        String family = uniqueFamily();
        Instant before = Instant.now().minusSeconds(1);
        List<String> created = new ArrayList<>();
        for (String given : List.of("Cy", "Ab", "Bo")) {
            created.add(aClient().with("familyName", family).with("givenName", given).create());
        }
        frontDesk().when().post(CLIENTS + "/" + created.get(0) + "/archive").then().statusCode(200);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = frontDesk().queryParam("name", family)
                    .queryParam("updatedSince", before.toString()).queryParam("sort", "updatedAt")
                    .queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(CLIENTS).then().statusCode(200).extract().response();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        // Cy was changed last (archived), so it comes last.
        assertThat(seen).containsExactly(created.get(1), created.get(2), created.get(0));

        assertThat(ids(frontDesk().queryParam("name", family)
                .queryParam("updatedSince", Instant.now().plusSeconds(60).toString()))).isEmpty();
    }

    @Test
    void theDefaultOrderIsByFamilyThenGivenNameAccentFree() {
        String family = uniqueFamily();
        for (String given : List.of("Émile", "Adam", "elodie")) {
            aClient().with("familyName", family).with("givenName", given).create();
        }
        assertThat(frontDesk().queryParam("name", family).when().get(CLIENTS).then().statusCode(200)
                .extract().<List<String>>path("items.givenName")).containsExactly("Adam", "elodie", "Émile");
    }

    @Test
    void aCursorIsBoundToItsSort() {
        String family = uniqueFamily();
        aClient().with("familyName", family).create();
        aClient().with("familyName", family).with("givenName", "Bea").create();
        String cursor = frontDesk().queryParam("name", family).queryParam("limit", 1).when().get(CLIENTS)
                .then().statusCode(200).extract().path("nextCursor");
        frontDesk().queryParam("name", family).queryParam("sort", "updatedAt").queryParam("cursor", cursor)
                .when().get(CLIENTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void badQueryValuesAre400sNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "dateOfBirth", "17/04/1988",
                "updatedSince", "2026-11-01T00:00:00",
                "status", "DELETED",
                "sort", "age",
                "phone", "07700900123",
                "name", "x".repeat(101),
                "limit", "0");
        bad.forEach((parameter, value) -> frontDesk().queryParam(parameter, value)
                .when().get(CLIENTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].in", equalTo("query")));
    }
}
