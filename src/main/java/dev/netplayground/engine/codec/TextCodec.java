package dev.netplayground.engine.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** Pure conversions between what a person types or reads and the bytes on the wire. */
public final class TextCodec {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final HexFormat SPACED_HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private TextCodec() {}

    /**
     * Text with escapes to UTF-8 bytes. Escapes: {@code \n \r \t \0 \\}, {@code \xHH} (a byte)
     * and {@code \\uHHHH} (a UTF-16 unit, written as UTF-8; a pair of them makes one character).
     *
     * @throws IllegalArgumentException naming the bad escape and where it is
     */
    public static byte[] parseEscaped(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                plain.append(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new IllegalArgumentException(
                        "The message ends with a lone backslash; write \\\\ for a backslash.");
            }
            char e = text.charAt(++i);
            if (e == 'u') {
                // Kept with the text around it, so that a surrogate pair becomes one character.
                plain.append(unitEscape(text, i));
                i += 4;
                continue;
            }
            flush(plain, out);
            switch (e) {
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case '0' -> out.write(0);
                case '\\' -> out.write('\\');
                case 'x' -> {
                    String hex = text.substring(i + 1, Math.min(i + 3, text.length()));
                    if (hex.length() != 2 || !isHex(hex.charAt(0)) || !isHex(hex.charAt(1))) {
                        throw badHexEscape(i - 1);
                    }
                    out.write(Integer.parseInt(hex, 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("Unknown escape \\" + e + " at position " + i
                        + "; use \\n, \\r, \\t, \\0, \\\\, \\xHH or \\uHHHH.");
            }
        }
        flush(plain, out);
        return out.toByteArray();
    }

    private static char unitEscape(String text, int at) {
        String hex = text.substring(at + 1, Math.min(at + 5, text.length()));
        if (hex.length() != 4 || !hex.chars().allMatch(d -> isHex((char) d))) {
            throw new IllegalArgumentException(
                    "\\u at position " + (at - 1) + " needs four hex digits, as in \\u00E9.");
        }
        return (char) Integer.parseInt(hex, 16);
    }

    private static IllegalArgumentException badHexEscape(int at) {
        return new IllegalArgumentException(
                "\\x at position " + at + " needs two hex digits, as in \\x0A.");
    }

    private static void flush(StringBuilder plain, ByteArrayOutputStream out) {
        if (!plain.isEmpty()) {
            out.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
            plain.setLength(0);
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * Hex digits to bytes; spaces, colons and a {@code 0x} prefix per byte are allowed.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static byte[] parseHex(String text) {
        String digits = text.replaceAll("0[xX]", "").replaceAll("[\\s:,]", "");
        for (int i = 0; i < digits.length(); i++) {
            if (!isHex(digits.charAt(i))) {
                throw new IllegalArgumentException("'" + digits.charAt(i) + "' is not a hex digit; use 0-9 and A-F.");
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException(
                    "Hex needs two digits per byte; " + digits.length() + " digits is odd.");
        }
        return HEX.parseHex(digits);
    }

    /** Bytes as upper-case hex pairs separated by spaces, e.g. {@code 48 69 0A}. */
    public static String toHex(byte[] bytes) {
        return SPACED_HEX.formatHex(bytes);
    }

    /** The bytes as a string when they are valid UTF-8; empty when they are not. */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * What a person should see: UTF-8 text with control characters escaped, or {@code hex: ..}
     * when the bytes are not UTF-8. Never throws.
     */
    public static String display(byte[] bytes) {
        return decodeUtf8(bytes).map(TextCodec::escapeControls).orElseGet(() -> "hex: " + toHex(bytes));
    }

    /**
     * C1 controls, the line and paragraph separators, and the bidirectional formatting
     * characters: a peer can use them to break a line or make text read in another order than
     * the bytes (the "Trojan Source" trick), so they are shown as {@code \\uHHHH}.
     */
    private static boolean isInvisibleControl(char c) {
        return (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Escapes control characters so a line of text stays one line and reads as its bytes:
     * C0 as {@code \\xHH}, C1, separators and bidi controls as {@code \\uHHHH}.
     */
    public static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02X", (int) c));
                    } else if (isInvisibleControl(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
