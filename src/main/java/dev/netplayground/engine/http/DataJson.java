package dev.netplayground.engine.http;

import java.nio.charset.StandardCharsets;

/**
 * Reads and writes {@link Data} exactly as the talk's Rust server does: a body is accepted
 * when {@code serde_json::from_slice::<Data>} accepts it ({@code #[derive(Deserialize)]} with
 * default attributes). So: a JSON object with both fields once each and any other fields
 * (whose values must be JSON, but whose strings need not be valid Unicode), or the array
 * {@code [number, boolean]}; {@code number} a plain integer 0 to 4294967295, {@code boolean}
 * true or false; nothing but white space after it. {@code tools/serde-oracle} holds serde's
 * own answers for a corpus of bodies, which the tests replay. Thread-safe.
 */
public final class DataJson {
    private static final String NUMBER = "number";
    private static final String BOOLEAN = "boolean";
    private static final byte[][] FIELDS = {NUMBER.getBytes(StandardCharsets.US_ASCII),
        BOOLEAN.getBytes(StandardCharsets.US_ASCII)};
    private static final String EXPECTED = "a JSON object with `number` and `boolean` (or the array [number, boolean])";

    private DataJson() {}

    /** @throws DataRejectedException naming what is wrong and where */
    public static Data parse(byte[] body) throws DataRejectedException {
        try {
            return read(body);
        } catch (DataRejectedException e) {
            throw explainEncoding(body, e);
        }
    }

    public static String toJson(Data data) {
        return "{\"number\":" + data.number() + ",\"boolean\":" + data.bool() + "}";
    }

    private static Data read(byte[] body) throws DataRejectedException {
        JsonInput in = new JsonInput(body);
        int b = in.peek();
        Data data;
        if (b == '{') {
            in.skip(1);
            data = object(in);
        } else if (b == '[') {
            in.skip(1);
            data = array(in);
        } else if (b == JsonInput.END) {
            throw new DataRejectedException("The body is empty; expected a JSON object like "
                    + "{\"number\": 5, \"boolean\": true}.");
        } else if (JsonInput.shapeOf(b) != null) {
            throw in.invalid("expected " + EXPECTED + ", got " + JsonInput.shapeOf(b), in.position() + 1);
        } else {
            throw in.malformed("expected a JSON value, found " + JsonInput.describe(b));
        }
        if (in.peek() != JsonInput.END) {
            throw in.malformed("trailing characters after the JSON value");
        }
        return data;
    }

    /** A refusal of text in another encoding says so; serde refuses it for the bytes it meets. */
    private static DataRejectedException explainEncoding(byte[] body, DataRejectedException e) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new DataRejectedException("The body starts with a byte order mark; send the UTF-8 JSON without one. "
                    + e.getMessage());
        }
        boolean utf16Or32 = body.length >= 2 && (body[0] == 0 || body[1] == 0 || (body[0] & 0xFE) == 0xFE);
        return utf16Or32 ? new DataRejectedException("The body looks like UTF-16 or UTF-32 text; JSON must be UTF-8. "
                + e.getMessage()) : e;
    }

    /** The fields after '{', in any order, each once; others skipped. */
    private static Data object(JsonInput in) throws DataRejectedException {
        long number = -1;
        int bool = -1;
        for (boolean first = true; in.peek() != '}'; first = false) {
            if (in.peek() == JsonInput.END) {
                throw in.malformed("the body ends inside an object");
            }
            if (!first) {
                in.expect(',', "or '}' after a field");
            }
            int quote = in.peek();
            if (quote != '"') {
                throw in.malformed(quote == '}' ? "trailing comma before '}'" : quote == JsonInput.END
                        ? "the body ends inside an object" : "expected a field name in double quotes, found "
                        + JsonInput.describe(quote));
            }
            int nameAt = in.position() + 1;
            in.skip(1);
            int field = JsonFieldName.read(in, FIELDS);
            if ((field == 0 && number >= 0) || (field == 1 && bool >= 0)) {
                throw in.invalid("duplicate field `" + (field == 0 ? NUMBER : BOOLEAN) + "`", nameAt);
            }
            in.expect(':', "after a field name");
            switch (field) {
                case 0 -> number = u32(in, NUMBER);
                case 1 -> bool = bool(in, BOOLEAN) ? 1 : 0;
                default -> JsonSkipper.skipValue(in);
            }
        }
        in.skip(1);
        if (number < 0 || bool < 0) {
            throw in.invalid("missing field `" + (number < 0 ? NUMBER : BOOLEAN) + "`", in.position());
        }
        return new Data(number, bool == 1);
    }

    /** The elements after '[': exactly number, then boolean, as serde's derive reads a sequence. */
    private static Data array(JsonInput in) throws DataRejectedException {
        if (in.peek() == ']') {
            throw in.invalid("the array must hold 2 elements, [number, boolean], not 0", in.position() + 1);
        }
        long number = u32(in, NUMBER);
        if (in.peek() == ']') {
            throw in.invalid("the array must hold 2 elements, [number, boolean], not 1", in.position() + 1);
        }
        if (in.peek() == JsonInput.END) {
            throw in.malformed("the body ends inside an array");
        }
        in.expect(',', "or ']' after an element");
        if (in.peek() == ']') {
            throw in.malformed("trailing comma before ']'");
        }
        boolean bool = bool(in, BOOLEAN);
        if (in.peek() != ']') {
            throw in.peek() == JsonInput.END ? in.malformed("the body ends inside an array")
                    : in.invalid("the array must hold 2 elements, [number, boolean], not more", in.position() + 1);
        }
        in.skip(1);
        return new Data(number, bool);
    }

    /** A u32 as serde reads one: digits only, no sign, fraction, exponent or leading zero. */
    private static long u32(JsonInput in, String field) throws DataRejectedException {
        int b = in.peek();
        int start = in.position();
        if (b < '0' || b > '9') {
            throw wrongType(in, field, "an unsigned 32-bit integer (0 to 4294967295)", b);
        }
        long value = 0;
        for (int d = in.at(0); d >= '0' && d <= '9'; d = in.at(0)) {
            value = Math.min(value * 10 + (d - '0'), Data.U32_MAX + 1);
            in.skip(1);
        }
        if (b == '0' && in.position() - start > 1) {
            throw in.malformed("a number must not start with 0", start + 2);
        }
        int after = in.at(0);
        if (after == '.' || after == 'e' || after == 'E') {
            throw in.invalid("field `" + field + "`: expected an unsigned 32-bit integer (0 to 4294967295), "
                    + "got a floating-point number", start + 1);
        }
        if (value > Data.U32_MAX) {
            throw in.invalid("field `" + field + "`: " + in.text(start, 24)
                    + " is out of range: expected an unsigned 32-bit integer (0 to 4294967295)", start + 1);
        }
        return value;
    }

    private static boolean bool(JsonInput in, String field) throws DataRejectedException {
        int b = in.peek();
        if (b != 't' && b != 'f') {
            throw wrongType(in, field, "true or false", b);
        }
        in.skip(1);
        in.literal(b == 't' ? "rue" : "alse");
        return b == 't';
    }

    private static DataRejectedException wrongType(JsonInput in, String field, String expected, int b) {
        String shape = JsonInput.shapeOf(b);
        if (shape == null) {
            return in.malformed(b == JsonInput.END ? "the body ends where the value of `" + field + "` was expected"
                    : "expected a JSON value for `" + field + "`, found " + JsonInput.describe(b));
        }
        return in.invalid("field `" + field + "`: expected " + expected + ", got " + shape, in.position() + 1);
    }
}
