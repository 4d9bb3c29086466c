package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The acceptance rules of the talk's serde-derived struct, without sockets. */
class DataJsonTest {
    private static Data parse(String json) throws DataRejectedException {
        return DataJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheTalksExampleAndPrintsItLikeRust() throws Exception {
        Data data = parse("{\"number\": 5, \"boolean\": true}");
        assertThat(data).isEqualTo(new Data(5, true));
        assertThat(data).hasToString("Data { number: 5, boolean: true }");
    }

    @Test
    void acceptsTheWholeU32RangeAndIgnoresUnknownFields() throws Exception {
        assertThat(parse("{\"number\":0,\"boolean\":false}").number()).isZero();
        assertThat(parse("{\"boolean\":false,\"number\":4294967295,\"extra\":[1]}").number()).isEqualTo(4_294_967_295L);
    }

    @Test
    void writesJsonThatReadsBack() throws Exception {
        Data data = new Data(42, false);
        assertThat(parse(DataJson.toJson(data))).isEqualTo(data);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"number": 4294967296, "boolean": true}   | invalid value 4294967296 for `number`
            {"number": -1, "boolean": true}           | invalid value -1 for `number`
            {"number": 99999999999999999999, "boolean": true} | field `number` is out of range
            {"number": 5, "boolean": "true"}          | field `boolean`: expected true or false, got a string
            {"number": 5, "boolean": 1}               | field `boolean`: expected true or false, got an integer
            {"number": 5}                             | missing field `boolean`
            {"boolean": true}                         | missing field `number`
            {"number": 5, "number": 6, "boolean": true} | duplicate field `number`
            {"number": 5, "boolean": true} x          | Malformed JSON: Unrecognized token 'x'
            {"number": 5, "boolean": true} 7          | trailing characters
            {"number": 5, "boolean": true} {}         | trailing characters
            {"number": 5,                             | ends before the JSON value is complete
            {number: 5}                               | Malformed JSON
            [5, true]                                 | expected a JSON object with `number` and `boolean`, got an array
            """)
    void rejectsWithAMessageThatNamesTheProblem(String body, String expected) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(DataRejectedException.class).hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"number": "5", "boolean": true}          | a string
            {"number": 5.0, "boolean": true}          | a floating-point number
            {"number": null, "boolean": true}         | null
            """)
    void rejectsANumberOfAnotherTypeSayingWhatCame(String body, String got) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(DataRejectedException.class).hasMessageContaining(
                "field `number`: expected an unsigned 32-bit integer (0 to 4294967295), got " + got);
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] body = {'{', '"', 'n', (byte) 0xFF, '"', ':', '1', '}'};
        assertThatThrownBy(() -> DataJson.parse(body)).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsUtf16AndUtf32ThatJacksonWouldDetectFromTheBytes() {
        String json = "{\"number\": 5, \"boolean\": true}";
        Charset[] charsets = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE")};
        for (Charset charset : charsets) {
            assertThatThrownBy(() -> DataJson.parse(json.getBytes(charset))).as(charset.name())
                    .isInstanceOf(DataRejectedException.class).hasMessageContaining("JSON must be UTF-8 text");
        }
    }

    @Test
    void rejectsAByteOrderMarkAsSerdeDoes() {
        assertThatThrownBy(() -> parse("\uFEFF{\"number\": 5, \"boolean\": true}"))
                .hasMessageContaining("byte order mark");
    }

    @Test
    void rejectsAnEmptyBody() {
        assertThatThrownBy(() -> parse("  ")).hasMessageContaining("The body is empty");
    }
}
