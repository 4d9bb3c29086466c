package dev.netplayground.engine.http;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The talk's {@code Data} struct: {@code {"number": <u32>, "boolean": <bool>}}. Both fields
 * are required; {@code number} is an unsigned 32-bit integer, kept in a {@code long}.
 */
public record Data(@JsonProperty("number") long number, @JsonProperty("boolean") boolean bool) {
    public static final long U32_MAX = 4_294_967_295L;

    @JsonCreator
    public Data(
            @JsonProperty(value = "number", required = true) long number,
            @JsonProperty(value = "boolean", required = true) boolean bool) {
        if (number < 0 || number > U32_MAX) {
            throw new IllegalArgumentException("invalid value " + number
                    + " for `number`: expected an unsigned 32-bit integer (0 to 4294967295)");
        }
        this.number = number;
        this.bool = bool;
    }

    /** Rust's {@code {:?}} form, e.g. {@code Data { number: 5, boolean: true }}. */
    @Override
    public String toString() {
        return "Data { number: " + number + ", boolean: " + bool + " }";
    }
}
