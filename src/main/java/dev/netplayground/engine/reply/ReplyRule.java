package dev.netplayground.engine.reply;

import dev.netplayground.engine.codec.TextCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One rule of a device emulation: when a message matches, answer with a reply. Immutable; the
 * constructor checks everything, so a rule that exists can be used.
 *
 * @param match       how the message is compared with {@code pattern}
 * @param patternHex  whether {@code pattern} is hex bytes (else text with escapes, or a regular expression
 *                    on the message's text; with hex, a regular expression runs on the message's hex, as
 *                    {@code 01 03 00})
 * @param pattern     what the message is compared with
 * @param replyHex    whether {@code reply} is hex bytes (else text with escapes)
 * @param reply       the reply, with macros such as {@code {{echo}}}
 * @param delayMillis how long to wait before replying, 0 for at once
 */
public record ReplyRule(Match match, boolean patternHex, String pattern, boolean replyHex, String reply,
        int delayMillis) {
    public static final int MAX_DELAY_MILLIS = 600_000;

    /** How a message is compared with a rule's pattern. */
    public enum Match {
        EQUALS("equals"), CONTAINS("contains"), STARTS_WITH("starts with"), REGEX("matches");

        private final String label;

        Match(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public ReplyRule {
        if (match == null || pattern == null || reply == null) {
            throw new IllegalArgumentException("A reply rule needs a match, a pattern and a reply.");
        }
        if (delayMillis < 0 || delayMillis > MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException("A reply's delay must be from 0 to " + MAX_DELAY_MILLIS + " ms, not "
                    + delayMillis + ".");
        }
        // Fields are set after this body: check with the parameters.
        test(match, patternHex, pattern);
        ReplyTemplate.parse(reply, replyHex);
    }

    /** Equals on text, no delay: the common case. */
    public static ReplyRule of(String pattern, String reply) {
        return new ReplyRule(Match.EQUALS, false, pattern, false, reply, 0);
    }

    /**
     * Reads {@code MATCH=>REPLY}, as the command line takes it: MATCH is text (with escapes) the
     * message must equal, {@code hex:BYTES} it must equal, or {@code re:REGEX} its text must
     * match somewhere; REPLY is text with escapes and macros, or {@code hex:BYTES} with macros.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static ReplyRule parse(String text, int delayMillis) {
        int arrow = text.indexOf("=>");
        if (arrow < 0) {
            throw new IllegalArgumentException("A reply rule is MATCH=>REPLY, as in PING=>PONG; '=>' is missing.");
        }
        String when = text.substring(0, arrow);
        String then = text.substring(arrow + 2);
        boolean replyHex = then.startsWith("hex:");
        String reply = replyHex ? then.substring(4) : then;
        if (when.startsWith("re:")) {
            return new ReplyRule(Match.REGEX, false, when.substring(3), replyHex, reply, delayMillis);
        }
        if (when.startsWith("hex:")) {
            return new ReplyRule(Match.EQUALS, true, when.substring(4), replyHex, reply, delayMillis);
        }
        return new ReplyRule(Match.EQUALS, false, when, replyHex, reply, delayMillis);
    }

    public ReplyRule withDelay(int delayMillis) {
        return new ReplyRule(match, patternHex, pattern, replyHex, reply, delayMillis);
    }

    /** What the event of a fired rule says, e.g. {@code equals "PING"} or {@code matches hex /^01 03/}. */
    public String describe() {
        String shown = match == Match.REGEX ? "/" + pattern + "/" : patternHex ? pattern : "\"" + pattern + "\"";
        return match + (patternHex ? " hex " : " ") + shown;
    }

    /** The test this rule puts to a message's payload. */
    Predicate<byte[]> test() {
        return test(match, patternHex, pattern);
    }

    private static Predicate<byte[]> test(Match match, boolean patternHex, String pattern) {
        if (match == Match.REGEX) {
            Pattern regex;
            try {
                regex = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("The regular expression '" + pattern + "' is not valid: "
                        + e.getDescription().toLowerCase(Locale.ROOT) + " near position " + e.getIndex() + ".");
            }
            return patternHex
                    ? payload -> regex.matcher(TextCodec.toHex(payload)).find()
                    : payload -> regex.matcher(new String(payload, StandardCharsets.UTF_8)).find();
        }
        byte[] bytes = patternHex ? TextCodec.parseHex(pattern) : TextCodec.parseEscaped(pattern);
        if (bytes.length == 0 && match != Match.EQUALS) {
            throw new IllegalArgumentException("An empty pattern would match every message; use a regular "
                    + "expression such as re:. to answer everything.");
        }
        return switch (match) {
            case EQUALS -> payload -> Arrays.equals(payload, bytes);
            case STARTS_WITH -> payload -> payload.length >= bytes.length
                    && Arrays.equals(payload, 0, bytes.length, bytes, 0, bytes.length);
            default -> payload -> indexOf(payload, bytes) >= 0;
        };
    }

    ReplyTemplate template() {
        return ReplyTemplate.parse(reply, replyHex);
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
