package dev.netplayground.engine.http;

import java.util.Arrays;

/**
 * Skips a value of an unknown field as serde_json's {@code ignore_value} does: checked as JSON
 * syntax, its numbers not checked for range, its strings not checked as Unicode (only escapes
 * and control characters), and without recursion, so without a nesting limit.
 */
final class JsonSkipper {
    private final JsonInput in;
    private boolean[] openObjects = new boolean[8];
    private int depth;

    private JsonSkipper(JsonInput in) {
        this.in = in;
    }

    static void skipValue(JsonInput in) throws DataRejectedException {
        new JsonSkipper(in).skip();
    }

    private void skip() throws DataRejectedException {
        while (true) {
            int b = in.peek();
            boolean opened = b == '[' || b == '{';
            if (opened) {
                push(b == '{');
                in.skip(1);
            } else {
                scalar(b);
                if (depth == 0) {
                    return;
                }
            }
            if (!closeFinished(!opened)) {
                return;
            }
            if (openObjects[depth - 1]) {
                int quote = in.peek();
                if (quote != '"') {
                    throw in.malformed(quote == JsonInput.END ? "the body ends inside an object"
                            : "expected a field name in double quotes, found " + JsonInput.describe(quote));
                }
                in.skip(1);
                skipString(in);
                in.expect(':', "after a field name");
            }
        }
    }

    private void scalar(int b) throws DataRejectedException {
        switch (b) {
            case 'n' -> literal("ull");
            case 't' -> literal("rue");
            case 'f' -> literal("alse");
            case '-' -> {
                in.skip(1);
                skipNumber();
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> skipNumber();
            case '"' -> {
                in.skip(1);
                skipString(in);
            }
            case JsonInput.END -> throw in.malformed("the body ends where a value was expected");
            default -> throw in.malformed("expected a JSON value, found " + JsonInput.describe(b));
        }
    }

    private void literal(String rest) throws DataRejectedException {
        in.skip(1);
        in.literal(rest);
    }

    /**
     * After a value, or just after an opening bracket: closes the arrays and objects that end
     * here. False when the outermost closed; true when another element follows.
     */
    private boolean closeFinished(boolean afterValue) throws DataRejectedException {
        boolean acceptComma = afterValue;
        while (true) {
            boolean object = openObjects[depth - 1];
            int b = in.peek();
            if (b == ',' && acceptComma) {
                in.skip(1);
                return true;
            }
            if (b == (object ? '}' : ']')) {
                in.skip(1);
                if (--depth == 0) {
                    return false;
                }
                acceptComma = true;
            } else if (b == JsonInput.END) {
                throw in.malformed("the body ends inside " + (object ? "an object" : "an array"));
            } else if (acceptComma) {
                throw in.malformed("expected ',' or '" + (object ? '}' : ']') + "', found " + JsonInput.describe(b));
            } else {
                return true;
            }
        }
    }

    private void push(boolean object) {
        if (depth == openObjects.length) {
            openObjects = Arrays.copyOf(openObjects, 2 * depth);
        }
        openObjects[depth++] = object;
    }

    /** A number's syntax from its first digit (after any minus sign). */
    private void skipNumber() throws DataRejectedException {
        int first = in.next();
        if (first < '0' || first > '9') {
            throw in.malformed("invalid number: expected a digit, found " + JsonInput.describe(first), in.position());
        }
        if (first == '0' && isDigit(in.at(0))) {
            throw in.malformed("a number must not start with 0");
        }
        skipDigits();
        if (in.at(0) == '.') {
            in.skip(1);
            requireDigits("after the decimal point");
        }
        if (in.at(0) == 'e' || in.at(0) == 'E') {
            in.skip(1);
            if (in.at(0) == '+' || in.at(0) == '-') {
                in.skip(1);
            }
            requireDigits("in the exponent");
        }
    }

    private void requireDigits(String where) throws DataRejectedException {
        if (!isDigit(in.at(0))) {
            throw in.malformed("invalid number: expected a digit " + where);
        }
        skipDigits();
    }

    private void skipDigits() {
        while (isDigit(in.at(0))) {
            in.skip(1);
        }
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    /** The rest of a string after its opening quote: escapes and control characters checked, other bytes not. */
    static void skipString(JsonInput in) throws DataRejectedException {
        while (true) {
            int b = in.next();
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                if (in.escapedChar() < 0) {
                    in.hex4();
                }
            } else if (b < 0x20) {
                throw b == JsonInput.END ? in.malformed("the body ends inside a string") : controlCharacter(in, b);
            }
        }
    }

    static DataRejectedException controlCharacter(JsonInput in, int b) {
        String what = String.format("control character 0x%02X in a string; escape it as \\u%04X", b, b);
        return in.malformed(what, in.position());
    }
}
