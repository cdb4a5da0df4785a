package care.needlepoint.scheduling.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Reads a whole list through the API page by page, following nextCursor, and checks every page's shape on the way.
 * The practitioner and room lists have no filter that isolates one test's rows, so paging tests walk the whole list
 * and look at their own rows in it.
 */
public final class Pages {

    private static final int MAX_PAGES = 10_000;

    private Pages() {
    }

    /** Every item of the list at {@code path}, read with pages of {@code limit} and the given query parameters. */
    public static List<Map<String, Object>> all(String path, int limit, Map<String, ?> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            RequestSpecification request = given().auth().oauth2(TestTokens.forRole("front-desk"))
                    .queryParams(new LinkedHashMap<>(query)).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(path).then().statusCode(200).extract().response();
            List<Map<String, Object>> pageItems = page.path("items");
            cursor = page.path("nextCursor");
            if (cursor != null) {
                assertThat(pageItems).as("a page that has a next one is full").hasSize(limit);
            } else {
                assertThat(pageItems).as("the last page").hasSizeLessThanOrEqualTo(limit);
            }
            items.addAll(pageItems);
            if (cursor == null) {
                return items;
            }
        }
        throw new AssertionError("The list at " + path + " did not end within " + MAX_PAGES + " pages");
    }

    /** The ids of the items, in order. */
    public static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("id")).toList();
    }
}
