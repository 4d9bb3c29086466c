package dev.netplayground.engine.http;

/**
 * The talk's {@code Data} struct: {@code {"number": <u32>, "boolean": <bool>}}. Both fields
 * are required; {@code number} is an unsigned 32-bit integer, kept in a {@code long}.
 */
public record Data(long number, boolean bool) {
    public static final long U32_MAX = 4_294_967_295L;

    public Data {
        if (number < 0 || number > U32_MAX) {
            throw new IllegalArgumentException("invalid value " + number
                    + " for `number`: expected an unsigned 32-bit integer (0 to 4294967295)");
        }
    }

    /** Rust's {@code {:?}} form, e.g. {@code Data { number: 5, boolean: true }}. */
    @Override
    public String toString() {
        return "Data { number: " + number + ", boolean: " + bool + " }";
    }
}
