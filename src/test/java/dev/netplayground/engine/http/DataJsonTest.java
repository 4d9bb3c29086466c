package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The messages of the talk's serde-derived struct, without sockets. Which bodies are accepted is
 * settled by serde itself: {@link DataServerAgreesWithWarpTest} replays its verdicts.
 */
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
    void acceptsTheFieldsAsAnArrayInOrderAsSerdesDeriveDoes() throws Exception {
        assertThat(parse(" [ 7 , false ] ")).isEqualTo(new Data(7, false));
    }

    @Test
    void matchesFieldNamesAfterDecodingTheirEscapes() throws Exception {
        assertThat(parse("{\"\\u006eumber\": 3, \"b\\u006Folean\": true}")).isEqualTo(new Data(3, true));
    }

    @Test
    void skipsUnknownValuesWithoutCheckingTheirStringsAsUnicodeAsSerdeJsonDoes() throws Exception {
        byte[] body = {'{', '"', 'x', '"', ':', '"', (byte) 0xFF, '\\', 'u', 'd', '8', '0', '0', '"', ',',
            '"', 'n', 'u', 'm', 'b', 'e', 'r', '"', ':', '1', ',', '"', 'b', 'o', 'o', 'l', 'e', 'a', 'n', '"', ':',
            't', 'r', 'u', 'e', '}'};
        assertThat(DataJson.parse(body)).isEqualTo(new Data(1, true));
    }

    @Test
    void skipsUnknownValuesNestedDeeperThanAnyStack() throws Exception {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertThat(parse("{\"number\":1,\"boolean\":true,\"x\":" + deep + "}")).isEqualTo(new Data(1, true));
    }

    @Test
    void writesJsonThatReadsBack() throws Exception {
        Data data = new Data(42, false);
        assertThat(parse(DataJson.toJson(data))).isEqualTo(data);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            null                                   | got null (line 1, column 1).
            "x"                                    | expected a JSON object with `number` and `boolean` (or the array
            {"number": 4294967296, "boolean": true} | field `number`: 4294967296 is out of range: expected an unsigned
            {"number": 99999999999999999999999999999} | field `number`: 999999999999999999999999… is out of range
            {"number": -1, "boolean": true}        | field `number`: expected an unsigned 32-bit integer (0 to
            {"number": -1, "boolean": true}        | got a negative number (line 1, column 12).
            {"number": 5.0, "boolean": true}       | got a floating-point number
            {"number": 1e2, "boolean": true}       | got a floating-point number
            {"number": 05, "boolean": true}        | Malformed JSON: a number must not start with 0 (line 1, column 13).
            {"number": "5", "boolean": true}       | got a string
            {"number": null, "boolean": true}      | got null
            {"number": 5, "boolean": "true"}       | field `boolean`: expected true or false, got a string
            {"number": 5, "boolean": 1}            | field `boolean`: expected true or false, got a number
            {"number": 5, "boolean": True}         | expected a JSON value for `boolean`, found 'T'
            {"number": 5}                          | Invalid Data: missing field `boolean`
            {"boolean": true}                      | Invalid Data: missing field `number`
            {"number": 5, "number": 6}             | Invalid Data: duplicate field `number` (line 1, column 15).
            {"number": 5, "boolean": true} x       | Malformed JSON: trailing characters after the JSON value (line 1,
            {"number": 5, "boolean": true} {}      | trailing characters after the JSON value
            {"number": 5, "boolean": true,}        | trailing comma before '}'
            {"number": 5,                          | the body ends inside an object
            {number: 5}                            | expected a field name in double quotes, found 'n'
            {"number" 5}                           | expected ':' after a field name, found '5'
            [5]                                    | the array must hold 2 elements, [number, boolean], not 1
            [5, true, 1]                           | the array must hold 2 elements, [number, boolean], not more
            {"x": [1,]}                            | expected a JSON value, found ']'
            {"x": "\\q"}                           | invalid escape sequence in a string
            {"\\ud800": 1}                         | a field name has a UTF-16 high surrogate escape not followed
            {"\\udc00": 1}                         | a field name has an unpaired UTF-16 surrogate escape
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
    void rejectsControlCharactersInStrings() {
        assertThatThrownBy(() -> parse("{\"x\": \"a\tb\"}"))
                .hasMessage("Malformed JSON: control character 0x09 in a string; escape it as \\u0009"
                        + " (line 1, column 9).");
    }

    @Test
    void rejectsAFieldNameThatIsNotUtf8() {
        byte[] body = {'{', '"', 'n', (byte) 0xFF, '"', ':', '1', '}'};
        assertThatThrownBy(() -> DataJson.parse(body))
                .hasMessage("Malformed JSON: a field name is not valid UTF-8 (line 1, column 4).");
    }

    @Test
    void saysWhenTheBodyIsUtf16OrUtf32() {
        String json = "{\"number\": 5, \"boolean\": true}";
        Charset[] charsets = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
            Charset.forName("UTF-32LE")};
        for (Charset charset : charsets) {
            assertThatThrownBy(() -> DataJson.parse(json.getBytes(charset))).as(charset.name())
                    .isInstanceOf(DataRejectedException.class)
                    .hasMessageStartingWith("The body looks like UTF-16 or UTF-32 text");
        }
    }

    @Test
    void saysWhenTheBodyStartsWithAByteOrderMark() {
        assertThatThrownBy(() -> parse("\uFEFF{\"number\": 5, \"boolean\": true}"))
                .hasMessageStartingWith("The body starts with a byte order mark");
    }

    @Test
    void rejectsAnEmptyBody() {
        assertThatThrownBy(() -> parse("  ")).hasMessageContaining("The body is empty");
    }
}
