package care.needlepoint.scheduling.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;

/**
 * Builds room request bodies: valid by default, unique per builder so that tests never see each other's rooms (or
 * collide on the unique name), and easy to break one field at a time.
 */
public final class RoomBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private RoomBuilder() {
        fields.put("name", "Room " + UUID.randomUUID());
        fields.put("description", "Ground floor, step-free; treatment couch, LED lamp and sink.");
        fields.put("active", true);
    }

    public static RoomBuilder aRoom() {
        return new RoomBuilder();
    }

    public RoomBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public RoomBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public String name() {
        return (String) fields.get("name");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    /** Creates the room through the API as admin and returns its id. */
    public String create() {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/rooms")
                .then().statusCode(201)
                .extract().path("id");
    }
}
