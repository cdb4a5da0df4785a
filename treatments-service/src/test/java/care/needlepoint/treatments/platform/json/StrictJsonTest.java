package care.needlepoint.treatments.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON reading rules of docs/api-conventions.md, on a mapper configured as the service configures its own. */
class StrictJsonTest {

    record Appointment(OffsetDateTime startsAt, LocalDate day, String note, Integer count, Boolean confirmed) {
    }

    private final ObjectMapper json = strictMapper();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Appointment read(String body) throws JsonProcessingException {
        return json.readValue(body, Appointment.class);
    }

    @Test
    void aDateTimeWithAnOffsetIsAccepted() throws JsonProcessingException {
        Appointment appointment = read("{\"startsAt\": \"2026-03-29T10:00:00+02:00\"}");
        assertThat(appointment.startsAt().toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 3, 29, 8, 0, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(read("{\"startsAt\": \"2026-03-29T08:00:00Z\"}").startsAt().toInstant())
                .isEqualTo(appointment.startsAt().toInstant());
    }

    @Test
    void aDateTimeWithoutAnOffsetIsRefused() {
        assertThatThrownBy(() -> read("{\"startsAt\": \"2026-03-29T10:00:00\"}"))
                .isInstanceOf(MismatchedInputException.class);
    }

    /** RFC 3339's four-digit years only: java.time reads "+999999999-01-01", PostgreSQL cannot store it. */
    @Test
    void aYearOutsideFourDigitsIsRefused() throws JsonProcessingException {
        assertThatThrownBy(() -> read("{\"startsAt\": \"+999999999-01-01T10:00:00Z\"}"))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"startsAt\": \"-0001-01-01T10:00:00Z\"}"))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"day\": \"+10000-01-01\"}")).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"day\": \"0000-01-01\"}")).isInstanceOf(InvalidFormatException.class);
        assertThat(read("{\"day\": \"9999-12-31\"}").day()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(read("{\"day\": \"0001-01-01\"}").day()).isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void numbersAreNotDates() {
        assertThatThrownBy(() -> read("{\"startsAt\": 1774771200}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"day\": 20260329}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"day\": \"\"}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void scalarsAreNotCoerced() {
        assertThatThrownBy(() -> read("{\"note\": 42}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"count\": \"42\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"count\": 4.2}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"confirmed\": \"true\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"confirmed\": 1}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void unknownFieldsDuplicateKeysAndTrailingContentAreRefused() {
        assertThatThrownBy(() -> read("{\"notes\": \"typo\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"note\": \"a\", \"note\": \"b\"}"))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"note\": \"a\"} {}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void wellTypedValuesAreRead() throws JsonProcessingException {
        Appointment appointment = read(
                "{\"day\": \"2026-03-29\", \"note\": \"ok\", \"count\": 3, \"confirmed\": true}");
        assertThat(appointment.day()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(appointment.note()).isEqualTo("ok");
        assertThat(appointment.count()).isEqualTo(3);
        assertThat(appointment.confirmed()).isTrue();
    }
}
