package dev.netplayground.engine.reply;

import dev.netplayground.engine.codec.TextCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply's bytes with macros filled in when it is sent: {@code {{echo}}} (the message that
 * matched), {@code {{seq}}} (1 for the first reply, then 2, ...), {@code {{date}}}
 * ({@code 2026-12-07}), {@code {{time}}} ({@code 18:17:08}), {@code {{unixtime}}} (seconds since
 * 1970) and {@code {{random}}} (a number from 0 to 65535), in any letter case. Immutable.
 */
final class ReplyTemplate {
    private static final Pattern MACRO = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private enum Macro { ECHO, SEQ, DATE, TIME, UNIXTIME, RANDOM }

    /** A literal run of bytes, or a macro. */
    private record Part(byte[] bytes, Macro macro) {}

    /** What a reply is made of at the moment it is sent. */
    record Context(byte[] echo, long seq, LocalDateTime now, long unixSeconds, int random) {}

    private final List<Part> parts;

    private ReplyTemplate(List<Part> parts) {
        this.parts = parts;
    }

    /**
     * @param hex whether the literal parts are hex digits ({@code 01 02 {{echo}}}) rather than text
     *     with escapes ({@code PONG\r\n})
     * @throws IllegalArgumentException naming a bad escape, hex digit or macro
     */
    static ReplyTemplate parse(String text, boolean hex) {
        List<Part> parts = new ArrayList<>();
        Matcher macro = MACRO.matcher(text);
        int at = 0;
        while (macro.find()) {
            literal(text.substring(at, macro.start()), hex, parts);
            parts.add(new Part(null, macro(macro.group(1))));
            at = macro.end();
        }
        literal(text.substring(at), hex, parts);
        return new ReplyTemplate(List.copyOf(parts));
    }

    private static void literal(String text, boolean hex, List<Part> parts) {
        if (!text.isEmpty()) {
            parts.add(new Part(hex ? TextCodec.parseHex(text) : TextCodec.parseEscaped(text), null));
        }
    }

    private static Macro macro(String name) {
        try {
            return Macro.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("{{" + name + "}} is not a macro (the macros are {{echo}}, {{seq}}, "
                    + "{{date}}, {{time}}, {{unixtime}} and {{random}}).");
        }
    }

    byte[] render(Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            if (part.macro() == null) {
                out.writeBytes(part.bytes());
                continue;
            }
            out.writeBytes(switch (part.macro()) {
                case ECHO -> context.echo();
                case SEQ -> ascii(Long.toString(context.seq()));
                case DATE -> ascii(DATE.format(context.now()));
                case TIME -> ascii(TIME.format(context.now()));
                case UNIXTIME -> ascii(Long.toString(context.unixSeconds()));
                case RANDOM -> ascii(Integer.toString(context.random()));
            });
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
