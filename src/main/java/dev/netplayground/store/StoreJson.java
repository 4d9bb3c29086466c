package dev.netplayground.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.netplayground.engine.http.HttpAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON of files a person keeps: pretty-printed with two spaces and {@code \n}, keys in the
 * records' order with {@code "format"} first, map keys sorted, no nulls; read strictly (no
 * unknown fields, no "5" for 5), and every failure a {@link JsonProblem} with line and column.
 * Thread-safe.
 */
final class StoreJson {
    static final int FORMAT = 1;

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    StoreJson() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(HttpAuth.class, AuthFormat.class)
                .addMixIn(HttpAuth.Basic.class, BasicFormat.class)
                .addMixIn(HttpAuth.Bearer.class, BearerFormat.class);
        for (ItemKind kind : ItemKind.values()) {
            builder.addMixIn(kind.type(), FormatField.class);
        }
        builder.addMixIn(Session.class, FormatField.class);
        mapper = builder.build();
        refuse(LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        writer = mapper.writer(printer);
    }

    // Strict types, as serde: "5" is not a number, 1 is not true, 5 is not text.
    private void refuse(LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** The file's bytes: {@code {"format": 1, ...the value's fields}} and a final newline. */
    byte[] write(Object value, Class<?> type) {
        try {
            ObjectNode root = mapper.createObjectNode();
            root.put("format", FORMAT);
            root.setAll((ObjectNode) mapper.readTree(mapper.writerFor(type).writeValueAsBytes(value)));
            return (writer.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    /** Reads a file's bytes as {@code type}, after checking it says {@code "format": 1}. */
    <T> T read(byte[] bytes, Class<T> type) throws JsonProblem {
        try {
            checkFormat(bytes);
            return mapper.readerFor(type).readValue(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e instanceof UnrecognizedPropertyException unknown
                    ? JsonLocator.find(mapper.getFactory(), bytes, unknown.getPath()).orElse(e.getLocation())
                    : e.getLocation();
            throw new JsonProblem(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    JsonReasons.of(e), e);
        } catch (IOException e) {
            throw new JsonProblem(0, 0, "it cannot be read: " + e.getMessage(), e);
        }
    }

    private void checkFormat(byte[] bytes) throws IOException, JsonProblem {
        try (JsonParser parser = mapper.createParser(bytes)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw at(parser.currentTokenLocation(), token == null ? "the file is empty; it should hold one "
                        + "JSON object with \"format\": 1" : "the file should hold one JSON object, { ... }");
            }
            JsonLocation start = parser.currentTokenLocation();
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("format")) {
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() != FORMAT) {
                        throw at(parser.currentTokenLocation(), "format " + parser.getText() + " is not one this "
                                + "version reads (\"format\": " + FORMAT + "); a newer Net Playground may have "
                                + "written it");
                    }
                    found = true;
                }
                parser.skipChildren();
            }
            if (!found) {
                throw at(start, "the \"format\" field is missing; add \"format\": " + FORMAT);
            }
        }
    }

    private static JsonProblem at(JsonLocation location, String reason) {
        return new JsonProblem(location.getLineNr(), location.getColumnNr(), reason, null);
    }

    /** Files carry {@code "format"}; the records do not, and {@link #read} has checked it. */
    @JsonIgnoreProperties("format")
    private abstract static class FormatField {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(HttpAuth.Basic.class), @JsonSubTypes.Type(HttpAuth.Bearer.class)})
    private interface AuthFormat {}

    @JsonTypeName("basic")
    private abstract static class BasicFormat {}

    @JsonTypeName("bearer")
    private abstract static class BearerFormat {}
}
