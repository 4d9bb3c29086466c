// Data in Java: a record, and Jackson told to be as strict as serde: no strings or floats for
// numbers, no numbers for booleans, both fields required, no duplicates; unknown fields ignored.
// Needs jackson-databind 2.x on the class path.
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

public class DataJson {
    record Data(@JsonProperty(value = "number", required = true) long number,
            @JsonProperty(value = "boolean", required = true) boolean bool) {
        Data {
            if (number < 0 || number > 4_294_967_295L) {
                throw new IllegalArgumentException("number must be a u32: " + number);
            }
        }

        @Override
        public String toString() { // Rust's {:?}
            return "Data { number: " + number + ", boolean: " + bool + " }";
        }
    }

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    public static void main(String[] args) throws JsonProcessingException {
        for (String body : List.of(
                "{\"number\": 5, \"boolean\": true}",
                "{\"number\": 4294967296, \"boolean\": true}",
                "{\"number\": \"5\", \"boolean\": true}",
                "{\"number\": 5}",
                "{\"number\": 5, \"boolean\": true, \"extra\": [1, 2]}")) {
            try {
                System.out.println(body + " -> " + JSON.readValue(body, Data.class));
            } catch (JsonProcessingException e) {
                System.out.println(body + " -> refused: " + e.getOriginalMessage());
            }
        }
        System.out.println(JSON.writeValueAsString(new Data(5, true)));
    }
}
