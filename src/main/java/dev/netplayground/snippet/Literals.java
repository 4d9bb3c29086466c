package dev.netplayground.snippet;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * String literals for each language, safe for any text: quotes and backslashes escaped, control
 * characters and everything outside ASCII written as escapes (so no editor, encoding or bidi
 * control can change what the program sends).
 */
final class Literals {
    private Literals() {}

    /** A Java string literal; non-ASCII as {@code \\uXXXX} (UTF-16 units), controls in octal. */
    static String java(String text) {
        return quoted(text.chars(), c -> String.format(c <= 0x7f ? "\\%03o" : "\\u%04x", c));
    }

    /** A Rust string literal; non-ASCII and controls as {@code \\u{...}} (code points). */
    static String rust(String text) {
        return quoted(text.codePoints(), c -> String.format("\\u{%x}", c));
    }

    /** A Python str literal; non-ASCII as {@code \\uXXXX} or {@code \\UXXXXXXXX}, controls as {@code \\xHH}. */
    static String python(String text) {
        return quoted(text.codePoints(),
                c -> String.format(c <= 0x7f ? "\\x%02x" : c > 0xffff ? "\\U%08x" : "\\u%04x", c));
    }

    /**
     * In double quotes, with the escapes the three languages share; any other control character or
     * non-ASCII unit is written as {@code escape} says.
     */
    private static String quoted(IntStream units, IntFunction<String> escape) {
        StringBuilder out = new StringBuilder("\"");
        units.forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c >= 0x7f ? escape.apply(c) : Character.toString(c));
            }
        });
        return out.append('"').toString();
    }

    /** A POSIX shell word in single quotes, which keep every byte as it is but a single quote. */
    static String shell(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
