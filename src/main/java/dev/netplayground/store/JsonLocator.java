package dev.netplayground.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a field is in a JSON text, by its path: Jackson reports some problems (an unknown
 * field in an object read through a constructor) at the end of the object instead.
 */
final class JsonLocator {
    private JsonLocator() {}

    /** Where the last field name (or array element) of {@code path} starts; empty if it is not there. */
    static Optional<JsonLocation> find(JsonFactory factory, byte[] json, List<Reference> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token = parser.nextToken();
            for (int i = 0; i < path.size(); i++) {
                Reference step = path.get(i);
                boolean found = step.getFieldName() != null ? toField(parser, token, step.getFieldName())
                        : toElement(parser, token, step.getIndex());
                if (!found) {
                    return Optional.empty();
                }
                if (i == path.size() - 1) {
                    return Optional.of(parser.currentTokenLocation());
                }
                token = step.getFieldName() != null ? parser.nextToken() : parser.currentToken();
            }
        } catch (IOException e) {
            // Not valid JSON after all: no better place to show.
        }
        return Optional.empty();
    }

    // Leaves the parser on the field's name.
    private static boolean toField(JsonParser parser, JsonToken token, String name) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (parser.currentName().equals(name)) {
                return true;
            }
            parser.nextToken();
            parser.skipChildren();
        }
        return false;
    }

    // Leaves the parser on the element's first token.
    private static boolean toElement(JsonParser parser, JsonToken token, int index) throws IOException {
        if (token != JsonToken.START_ARRAY || index < 0) {
            return false;
        }
        for (int i = 0; ; i++) {
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                return false;
            }
            if (i == index) {
                return true;
            }
            parser.skipChildren();
        }
    }
}
