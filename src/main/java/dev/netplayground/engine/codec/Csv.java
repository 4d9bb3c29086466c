package dev.netplayground.engine.codec;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * CSV fields and rows (RFC 4180) that a spreadsheet opens as text: a field a spreadsheet would
 * run as a formula (it starts with {@code = + - @}, a tab or a carriage return, as text from a
 * remote peer may) is prefixed with a single quote, as OWASP advises for CSV injection.
 */
public final class Csv {
    private Csv() {}

    /** One row: numbers as they are, everything else as a text field; no line ending. */
    public static String row(Collection<?> values) {
        return values.stream()
                .map(value -> value instanceof Number number ? number.toString() : field(String.valueOf(value)))
                .collect(Collectors.joining(","));
    }

    /** A text field, neutralised if it could be a formula, quoted when it holds a comma, quote or line break. */
    public static String field(String text) {
        String safe = couldBeFormula(text) ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean couldBeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
