package dev.netplayground.store;

import dev.netplayground.engine.codec.TextCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a POSIX shell command line into words as bash would, without running anything:
 * single quotes, double quotes, {@code $'...'} (ANSI-C), backslash escapes and line
 * continuations. No variables, globs or substitutions.
 */
final class ShellWords {
    private ShellWords() {}

    /** @throws IllegalArgumentException when a quote is not closed */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == '\n' || next == '\r') {
                    i += next == '\r' && i + 2 < line.length() && line.charAt(i + 2) == '\n' ? 3 : 2;
                    continue;
                }
                word.append(next);
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = closing(line, i + 1, '\'');
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                i = ansiC(line, i + 2, word);
                inWord = true;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int closing(String line, int from, char quote) {
        int end = line.indexOf(quote, from);
        if (end < 0) {
            throw new IllegalArgumentException("The command has a " + quote + " quote that is not closed.");
        }
        return end;
    }

    // Inside "...", a backslash escapes only $ ` " \ and a line break.
    private static int doubleQuoted(String line, int i, StringBuilder word) {
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "$`\"\\\n".indexOf(line.charAt(i + 1)) >= 0) {
                if (line.charAt(i + 1) != '\n') {
                    word.append(line.charAt(i + 1));
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("The command has a \" quote that is not closed.");
    }

    // $'...': backslash escapes as in C; \xHH is a byte, so the bytes are decoded as UTF-8 at the end.
    private static int ansiC(String line, int i, StringBuilder word) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                word.append(TextCodec.decodeUtf8(bytes.toByteArray()).orElseThrow(() -> new IllegalArgumentException(
                        "The $'...' text is not UTF-8; save those bytes in a file and send it with @file.")));
                return i + 1;
            }
            if (c != '\\' || i + 1 >= line.length()) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                i++;
                continue;
            }
            char e = line.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 't' -> bytes.write('\t');
                case '0' -> bytes.write(0);
                case 'x' -> {
                    int end = i;
                    while (end < line.length() && end < i + 2 && Character.digit(line.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == i) {
                        throw new IllegalArgumentException("\\x in $'...' needs hex digits.");
                    }
                    bytes.write(Integer.parseInt(line.substring(i, end), 16));
                    i = end;
                }
                default -> bytes.writeBytes(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new IllegalArgumentException("The command has a $' quote that is not closed.");
    }
}
