package dev.netplayground.engine.http;

import java.nio.charset.StandardCharsets;

/**
 * A JSON body read in place, byte by byte, as serde_json's {@code from_slice} reads it: only
 * space, tab, CR and LF are white space. Errors name the problem and where it is. One instance
 * per body; not thread-safe.
 */
final class JsonInput {
    static final int END = -1;

    private final byte[] a;
    private int pos;

    JsonInput(byte[] body) {
        this.a = body;
    }

    /** The next byte after white space, not consumed, or {@link #END}. */
    int peek() {
        while (pos < a.length) {
            byte b = a[pos];
            if (b != ' ' && b != '\n' && b != '\t' && b != '\r') {
                return b & 0xFF;
            }
            pos++;
        }
        return END;
    }

    /** The next byte as it is (no white space skipped), consumed, or {@link #END}. */
    int next() {
        return pos < a.length ? a[pos++] & 0xFF : END;
    }

    /** The byte {@code ahead} places after the cursor, not consumed, or {@link #END}. */
    int at(int ahead) {
        return pos + ahead < a.length ? a[pos + ahead] & 0xFF : END;
    }

    void skip(int count) {
        pos += count;
    }

    int position() {
        return pos;
    }

    /** Consumes {@code c} after white space, or says what is there instead. */
    void expect(char c, String where) throws DataRejectedException {
        int b = peek();
        if (b != c) {
            throw malformed(b == END ? "the body ends before the '" + c + "' " + where
                    : "expected '" + c + "' " + where + ", found " + describe(b));
        }
        pos++;
    }

    /** The rest of {@code true}, {@code false} or {@code null} after its first letter. */
    void literal(String rest) throws DataRejectedException {
        for (int i = 0; i < rest.length(); i++) {
            if (next() != rest.charAt(i)) {
                throw malformed("invalid literal: expected true, false or null", pos);
            }
        }
    }

    /** After a backslash in a string: the escaped ASCII character, or -1 for {@code \\u} (its digits not yet read). */
    int escapedChar() throws DataRejectedException {
        return switch (next()) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> -1;
            case END -> throw malformed("the body ends inside a string");
            default -> throw malformed("invalid escape sequence in a string", pos);
        };
    }

    /** The four hex digits of a {@code \\u} escape, as a UTF-16 code unit. */
    int hex4() throws DataRejectedException {
        if (pos + 4 > a.length) {
            pos = a.length;
            throw malformed("the body ends inside a \\u escape");
        }
        int unit = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(a[pos++], 16);
            if (digit < 0) {
                throw malformed("invalid \\u escape: expected 4 hex digits", pos);
            }
            unit = unit << 4 | digit;
        }
        return unit;
    }

    /** The ASCII text of {@code a[from, pos)}, cut to {@code max} characters. */
    String text(int from, int max) {
        int length = Math.min(pos - from, max);
        String text = new String(a, from, length, StandardCharsets.ISO_8859_1);
        return pos - from > max ? text + "…" : text;
    }

    /** What a value starting with {@code b} is, e.g. "a string"; null when no JSON value starts so. */
    static String shapeOf(int b) {
        return switch (b) {
            case 'n' -> "null";
            case 't', 'f' -> "a boolean";
            case '"' -> "a string";
            case '[' -> "an array";
            case '{' -> "an object";
            case '-' -> "a negative number";
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "a number";
            default -> null;
        };
    }

    /** A byte for a message: {@code 'x'}, a hex byte, or the end of the body. */
    static String describe(int b) {
        if (b == END) {
            return "the end of the body";
        }
        return b > ' ' && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02X", b);
    }

    /** A syntax error at the cursor. */
    DataRejectedException malformed(String what) {
        return malformed(what, pos + 1);
    }

    /** A syntax error at the 1-based byte {@code at}. */
    DataRejectedException malformed(String what, int at) {
        return new DataRejectedException("Malformed JSON: " + what + where(at) + ".");
    }

    /** Valid JSON that is not a {@code Data}, at the 1-based byte {@code at}. */
    DataRejectedException invalid(String what, int at) {
        return new DataRejectedException("Invalid Data: " + what + where(at) + ".");
    }

    /** " (line L, column C)" for the 1-based byte {@code at}, columns counted in bytes as serde does. */
    private String where(int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(at - 1, a.length); i++) {
            if (a[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return " (line " + line + ", column " + Math.max(1, at - lineStart) + ")";
    }
}
