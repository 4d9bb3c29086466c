package dev.netplayground.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the INI files Qt's QSettings writes: section and key names percent-encoded
 * ({@code %20}, {@code %U4E2D}), values with C-like escapes ({@code \x87}, {@code \0},
 * {@code \"}) and optionally in double quotes. Sections map to their keys and values.
 */
final class QtIni {
    private QtIni() {}

    static Map<String, Map<String, String>> parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = sections.computeIfAbsent("General", k -> new LinkedHashMap<>());
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(percentDecode(line.substring(1, line.length() - 1)),
                        k -> new LinkedHashMap<>());
                continue;
            }
            int equals = line.indexOf('=');
            if (equals > 0) {
                current.put(percentDecode(line.substring(0, equals).strip()), unescape(line.substring(equals + 1)
                        .strip()));
            }
        }
        return sections;
    }

    static String percentDecode(String name) {
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%' && i + 1 < name.length() && name.charAt(i + 1) == 'U' && hex(name, i + 2, 4)) {
                flush(bytes, out);
                out.append((char) Integer.parseInt(name.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '%' && hex(name, i + 1, 2)) {
                bytes.write(Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                flush(bytes, out);
                out.append(c);
            }
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static boolean hex(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A value: quotes removed, escapes resolved; {@code \xHHHH} and octal {@code \0} give one char each. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < value.length()) {
                char e = value.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'a' -> out.append('\u0007');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'v' -> out.append('\u000B');
                    case 'x' -> {
                        int end = i + 1;
                        while (end < value.length() && end < i + 5 && Character.digit(value.charAt(end), 16) >= 0) {
                            end++;
                        }
                        out.append(end > i + 1 ? (char) Integer.parseInt(value.substring(i + 1, end), 16) : 'x');
                        i = end - 1;
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int end = i;
                            while (end < value.length() && end < i + 3 && value.charAt(end) >= '0'
                                    && value.charAt(end) <= '7') {
                                end++;
                            }
                            out.append((char) Integer.parseInt(value.substring(i, end), 8));
                            i = end - 1;
                        } else {
                            out.append(e);
                        }
                    }
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
