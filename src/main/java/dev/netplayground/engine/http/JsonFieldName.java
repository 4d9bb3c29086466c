package dev.netplayground.engine.http;

/**
 * Reads a field name as serde_json reads a key it must match: escapes decoded, and refused
 * unless it is valid UTF-8 with whole characters (no unpaired surrogate escape), like Rust's
 * {@code str}. Compares it with the known names as it goes, without building a string.
 */
final class JsonFieldName {
    private JsonFieldName() {}

    /**
     * The rest of a field name after its opening quote: the index of the name in {@code names}
     * it equals, or -1 for another name. At most 63 names.
     */
    static int read(JsonInput in, byte[]... names) throws DataRejectedException {
        long candidates = (1L << names.length) - 1;
        int length = 0;
        while (true) {
            int b = in.next();
            if (b == '"') {
                break;
            }
            int utf8Length = 1;
            if (b == '\\') {
                b = in.escapedChar();
                if (b < 0) {
                    b = unicodeEscape(in);
                    utf8Length = b < 0x80 ? 1 : b < 0x800 ? 2 : b < 0x10000 ? 3 : 4;
                }
            } else if (b < 0x20) {
                throw b == JsonInput.END ? in.malformed("the body ends inside a field name")
                        : JsonSkipper.controlCharacter(in, b);
            } else if (b >= 0x80) {
                utf8Length = utf8SequenceLength(in, b);
                in.skip(utf8Length - 1);
            }
            for (int i = 0; i < names.length; i++) {
                if (utf8Length > 1 || length >= names[i].length || names[i][length] != b) {
                    candidates &= ~(1L << i);
                }
            }
            length += utf8Length;
        }
        for (int i = 0; i < names.length; i++) {
            if ((candidates & 1L << i) != 0 && names[i].length == length) {
                return i;
            }
        }
        return -1;
    }

    /** After {@code \\u}: the code point, a surrogate pair joined; an unpaired surrogate is refused. */
    private static int unicodeEscape(JsonInput in) throws DataRejectedException {
        char unit = (char) in.hex4();
        if (Character.isLowSurrogate(unit)) {
            throw in.malformed("a field name has an unpaired UTF-16 surrogate escape", in.position());
        }
        if (!Character.isHighSurrogate(unit)) {
            return unit;
        }
        if (in.at(0) != '\\' || in.at(1) != 'u') {
            throw in.malformed("a field name has a UTF-16 high surrogate escape not followed by a low one");
        }
        in.skip(2);
        char low = (char) in.hex4();
        if (!Character.isLowSurrogate(low)) {
            throw in.malformed("a field name has a UTF-16 high surrogate escape not followed by a low one",
                    in.position());
        }
        return Character.toCodePoint(unit, low);
    }

    /** The length of the well-formed UTF-8 sequence that starts with {@code b0}, just read; refused otherwise. */
    private static int utf8SequenceLength(JsonInput in, int b0) throws DataRejectedException {
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            min = b0 == 0xE0 ? 0xA0 : 0x80; // no overlong form
            max = b0 == 0xED ? 0x9F : 0xBF; // no surrogate
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            min = b0 == 0xF0 ? 0x90 : 0x80; // no overlong form
            max = b0 == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            throw in.malformed("a field name is not valid UTF-8", in.position());
        }
        for (int i = 1; i < length; i++) {
            int b = in.at(i - 1);
            if (b < (i == 1 ? min : 0x80) || b > (i == 1 ? max : 0xBF)) {
                throw in.malformed("a field name is not valid UTF-8", in.position());
            }
        }
        return length;
    }
}
