package dev.netplayground.engine.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.netplayground.engine.codec.TextCodec;
import java.io.IOException;

/**
 * Reads and writes {@link Data} with the acceptance rules of a serde-derived Rust struct:
 * strict types (no coercion between strings, numbers and booleans, no floats for integers),
 * both fields required, no duplicate fields, exactly one JSON value, UTF-8 only. Unknown
 * fields are ignored, as serde does by default. Thread-safe.
 */
public final class DataJson {
    private static final ObjectMapper MAPPER = strictMapper();
    private static final ObjectReader READER = MAPPER.readerFor(Data.class);

    private DataJson() {}

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer,
                            type == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert)
                    .setAcceptBlankAsEmpty(false);
        }
        return mapper;
    }

    /**
     * Reads the body as strict UTF-8 text, then the JSON from that text: Jackson given bytes
     * would guess the encoding and accept UTF-16, UTF-32 and a byte order mark.
     *
     * @throws DataRejectedException naming what is wrong (which field, what was expected)
     */
    public static Data parse(byte[] body) throws DataRejectedException {
        String text = TextCodec.decodeUtf8(body)
                .orElseThrow(() -> new DataRejectedException("The body is not valid UTF-8; JSON must be UTF-8 text."));
        if (text.isBlank()) {
            throw new DataRejectedException(
                    "The body is empty; expected a JSON object like {\"number\": 5, \"boolean\": true}.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DataRejectedException(
                    "The body contains NUL characters, as UTF-16 or UTF-32 text does; JSON must be UTF-8 text.");
        }
        if (text.charAt(0) == '\uFEFF') {
            throw new DataRejectedException("The body starts with a byte order mark; send the UTF-8 JSON without one.");
        }
        try {
            return READER.readValue(text);
        } catch (JsonProcessingException e) {
            throw new DataRejectedException(describe(e));
        } catch (IOException e) {
            throw new DataRejectedException("Could not read the body: " + e.getMessage());
        }
    }

    public static String toJson(Data data) {
        return "{\"number\":" + data.number() + ",\"boolean\":" + data.bool() + "}";
    }

    private static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException range) {
            return "Invalid Data: " + range.getMessage() + where + ".";
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof InputCoercionException || original.contains("out of range of long")) {
            return "Invalid Data: field `number` is out of range: "
                    + "expected an unsigned 32-bit integer (0 to 4294967295)" + where + ".";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return describeMismatch(mismatch, where);
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "Malformed JSON: the body ends before the JSON value is complete" + where + ".";
        }
        if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return "Invalid Data: duplicate field `" + fieldIn(e.getOriginalMessage()) + "`" + where + ".";
        }
        return "Malformed JSON: " + firstLine(e.getOriginalMessage()) + where + ".";
    }

    private static String describeMismatch(MismatchedInputException e, String where) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Missing required creator property")) {
            return "Invalid Data: missing field `" + fieldIn(message) + "`" + where + ".";
        }
        if (message.startsWith("Trailing token")) {
            return "Malformed JSON: trailing characters after the JSON value" + where + ".";
        }
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        String got = describeInput(message);
        if (field == null) {
            return "Invalid Data: expected a JSON object with `number` and `boolean`, got " + got + where + ".";
        }
        String expected = field.equals("number") ? "an unsigned 32-bit integer (0 to 4294967295)" : "true or false";
        return "Invalid Data: field `" + field + "`: expected " + expected + ", got " + got + where + ".";
    }

    /** What Jackson found instead, read from its message ("Cannot coerce String value ..."). */
    private static String describeInput(String jacksonMessage) {
        String[][] shapes = {
            {"String value", "a string"}, {"Floating-point value", "a floating-point number"},
            {"`null`", "null"}, {"Integer value", "an integer"}, {"Boolean value", "a boolean"},
            {"Array value", "an array"}, {"START_ARRAY", "an array"}, {"Object value", "an object"},
            {"START_OBJECT", "an object"}, {"VALUE_TRUE", "a boolean"}, {"VALUE_FALSE", "a boolean"},
            {"VALUE_STRING", "a string"}, {"VALUE_NUMBER_INT", "an integer"},
            {"VALUE_NUMBER_FLOAT", "a floating-point number"}
        };
        for (String[] shape : shapes) {
            if (jacksonMessage.contains(shape[0])) {
                return shape[1];
            }
        }
        return "a value of another type";
    }

    private static String fieldIn(String message) {
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
        return open < 0 || close < 0 ? "?" : message.substring(open + 1, close);
    }

    private static String firstLine(String text) {
        String value = String.valueOf(text);
        int end = value.indexOf('\n');
        return end < 0 ? value : value.substring(0, end);
    }
}
