package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/workspace.md's example workspace is read by the records, is written exactly as the app
 * writes it, and matches docs/schema (fields, required fields, enums, constants and bounds).
 */
class WorkspaceDocsTest {
    private static final Path EXAMPLE = Path.of("docs/workspace-example");
    private static final Map<ItemKind, String> SCHEMAS = Map.of(ItemKind.MESSAGES, "message", ItemKind.REQUESTS,
            "request", ItemKind.ENDPOINTS, "endpoint", ItemKind.SEQUENCES, "sequence");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theExampleWorkspaceLoadsWithEveryKindAndNoProblem() {
        Contents contents = new Workspace(EXAMPLE).load();

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.items()).hasSize(12);
        for (ItemKind kind : ItemKind.values()) {
            assertThat(contents.items(kind)).as(kind.folder()).isNotEmpty();
        }
    }

    @Test
    void theExamplesAreWrittenAsTheAppWritesThem() throws Exception {
        StoreJson json = new StoreJson();
        for (Loaded loaded : new Workspace(EXAMPLE).load().items()) {
            byte[] written = json.write(loaded.item(), loaded.key().kind().type());

            assertThat(new String(written, StandardCharsets.UTF_8)).as(loaded.key().path())
                    .isEqualTo(Files.readString(EXAMPLE.resolve(loaded.key().path())));
        }
    }

    @Test
    void theExamplesMatchTheirSchemaAndEveryFieldOfTheSchemaIsShown() throws Exception {
        Set<String> shown = new TreeSet<>();
        Set<String> declared = new TreeSet<>();
        for (Loaded loaded : new Workspace(EXAMPLE).load().items()) {
            JsonNode schema = mapper.readTree(Path.of("docs/schema", SCHEMAS.get(loaded.key().kind())
                    + ".schema.json").toFile());
            JsonNode item = mapper.readTree(EXAMPLE.resolve(loaded.key().path()).toFile());
            List<String> errors = new ArrayList<>();
            check(item, schema, new Place(loaded.key().path(), loaded.key().kind().folder(), ""), errors, shown);
            assertThat(errors).isEmpty();
            collect(schema, loaded.key().kind().folder(), declared);
        }
        // Every property the schemas declare appears in some example, so the examples show them all.
        assertThat(shown).containsAll(declared);
    }

    /** Where a value is: its file, and its field path for the list of fields shown ({@code body.type}). */
    private record Place(String file, String kind, String path) {
        Place field(String name) {
            return new Place(file, kind, path + name + ".");
        }

        @Override
        public String toString() {
            return file + ": " + (path.isEmpty() ? "" : path.substring(0, path.length() - 1));
        }
    }

    /** A small subset of JSON Schema: oneOf by "type", properties, required, const, enum, integer bounds. */
    private static void check(JsonNode value, JsonNode schema, Place at, List<String> errors, Set<String> shown) {
        if (schema.has("oneOf")) {
            JsonNode branch = null;
            for (JsonNode candidate : schema.get("oneOf")) {
                if (candidate.at("/properties/type/const").asText().equals(value.path("type").asText())) {
                    branch = candidate;
                }
            }
            if (branch == null) {
                errors.add(at + ": no schema for type " + value.path("type"));
                return;
            }
            check(value, branch, at, errors, shown);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(at + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()
                || schema.has("maximum") && value.asLong() > schema.get("maximum").asLong()) {
            errors.add(at + ": " + value + " is out of bounds");
        }
        if (schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            value.fieldNames().forEachRemaining(name -> {
                if (!properties.has(name)) {
                    errors.add(at + ": '" + name + "' is not in the schema");
                } else {
                    shown.add(at.kind() + "." + at.path() + name);
                    check(value.get(name), properties.get(name), at.field(name), errors, shown);
                }
            });
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    errors.add(at + ": required '" + name.asText() + "' is missing");
                }
            });
        }
        if (schema.has("items") && value.isArray()) {
            for (JsonNode element : value) {
                check(element, schema.get("items"), at, errors, shown);
            }
        }
    }

    private static void collect(JsonNode schema, String prefix, Set<String> declared) {
        collect(schema, prefix, "", declared);
    }

    private static void collect(JsonNode schema, String kind, String path, Set<String> declared) {
        schema.path("oneOf").forEach(branch -> collect(branch, kind, path, declared));
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = path + property.getKey();
            declared.add(kind + "." + name);
            collect(property.getValue(), kind, name + ".", declared);
        });
        if (schema.has("items")) {
            collect(schema.get("items"), kind, path, declared);
        }
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
