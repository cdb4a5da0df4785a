package care.needlepoint.treatments.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/** Corrections of a session's values, field by field, and replayed from their stored JSON. Plain JUnit. */
class AmendableTest {

    private static final AreaValues CHEEKS = new AreaValues(BodyArea.CHEEKS, DeviceType.PEN, new BigDecimal("1.00"),
            "12-pin nano cartridge", 3, List.of(Direction.HORIZONTAL, Direction.VERTICAL), Endpoint.ERYTHEMA);
    private static final AreaValues TEMPLES = new AreaValues(BodyArea.TEMPLES, DeviceType.PEN,
            new BigDecimal("0.50"), "12-pin nano cartridge", 2, List.of(Direction.HORIZONTAL), Endpoint.ERYTHEMA);
    private static final Amendable CHARTED = new Amendable(UUID.randomUUID(), List.of("Hyaluronic acid"), null,
            "Responded well.", true, List.of(CHEEKS, TEMPLES));

    @Test
    void onlyTheAreaValuesThatDifferAreChanges() {
        AreaValues corrected = new AreaValues(BodyArea.CHEEKS, DeviceType.STAMP, new BigDecimal("1.25"),
                "12-pin nano cartridge", 4, List.of(Direction.HORIZONTAL, Direction.VERTICAL),
                Endpoint.PINPOINT_BLEEDING);
        Map<String, Amendable.Change> changes = CHARTED.areaChangesTo(List.of(corrected));
        assertThat(changes).containsOnlyKeys("areas[CHEEKS].deviceType", "areas[CHEEKS].depthMm",
                "areas[CHEEKS].passes", "areas[CHEEKS].endpoint");
        assertThat(changes.get("areas[CHEEKS].depthMm"))
                .isEqualTo(new Amendable.Change(new BigDecimal("1.00"), new BigDecimal("1.25")));
        assertThat(CHARTED.areaChangesTo(List.of(CHEEKS))).isEmpty();
        assertThat(CHARTED.areaChangesTo(null)).isEmpty();
    }

    @Test
    void storedChangesReplayToTheCorrectedValuesAndLeaveOtherAreasAlone() throws Exception {
        AreaValues corrected = new AreaValues(BodyArea.CHEEKS, DeviceType.PEN, new BigDecimal("1.20"),
                "36-pin cartridge", 3, List.of(Direction.DIAGONAL), Endpoint.ERYTHEMA);
        ObjectMapper json = new ObjectMapper();
        String stored = json.writeValueAsString(CHARTED.areaChangesTo(List.of(corrected)));
        Map<String, Amendable.Change> read = json.readerFor(new TypeReference<Map<String, Amendable.Change>>() {
        }).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(stored);

        Amendable after = CHARTED.apply(read);
        assertThat(after.areas()).containsExactly(corrected, TEMPLES);
        assertThat(after.notes()).isEqualTo(CHARTED.notes());
        assertThat(after.areas().get(0).charted())
                .isEqualTo(new ChartedArea(BodyArea.CHEEKS, DeviceType.PEN, new BigDecimal("1.20")));
    }
}
