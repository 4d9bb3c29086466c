package dev.netplayground.snippet;

/**
 * String literals for each language, safe for any text: quotes and backslashes escaped, control
 * characters and everything outside ASCII written as escapes (so no editor, encoding or bidi
 * control can change what the program sends).
 */
final class Literals {
    private Literals() {}

    /** A Java string literal; non-ASCII as {@code \\uXXXX} (UTF-16 units), controls in octal. */
    static String java(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A Rust string literal; non-ASCII and controls as {@code \\u{...}} (code points). */
    static String rust(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append(String.format("\\u{%x}", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** A Python str literal; non-ASCII as {@code \\uXXXX} or {@code \\UXXXXXXXX}, controls as {@code \\xHH}. */
    static String python(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else if (c > 0xffff) {
                        out.append(String.format("\\U%08x", c));
                    } else if (c > 0x7f) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** A POSIX shell word in single quotes, which keep every byte as it is but a single quote. */
    static String shell(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
