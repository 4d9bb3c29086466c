package dev.netplayground.engine.codec;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a TCP stream is cut into messages, chosen per endpoint: each value makes the
 * {@link Framer} of a connection and frames what is sent. Immutable; written and read as a spec
 * such as {@code line}, {@code delimiter:0D0A} or {@code length:4:le:incl}.
 */
public sealed interface Framing {
    Framing LINE = new Line();
    Framing RAW = new Raw();

    int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;
    int MAX_MESSAGE_BYTES = 1024 * 1024 * 1024;
    /** The longest delimiter taken: a longer one is surely a mistake. */
    int MAX_DELIMITER_BYTES = 64;

    String USAGE = "line, raw, delimiter:HEX, fixed:N or length:BYTES[:le][:incl]";

    /**
     * A framer for one connection.
     *
     * @param maxMessageBytes the longest payload taken (not counting a length header, delimiter or line
     *     ending), as checked by {@link #checkMaxMessage}
     */
    Framer framer(int maxMessageBytes);

    /**
     * The bytes that send {@code payload} as one message: with its line ending, delimiter or
     * length header.
     *
     * @throws IllegalArgumentException saying why this payload cannot be one message
     */
    byte[] encode(byte[] payload);

    /** The spec that {@link #parse} reads back, e.g. {@code length:2}. */
    String spec();

    /** What a person reads, e.g. {@code length-prefixed, 2-byte big-endian header}. */
    String describe();

    /** The note of an event for what end of stream cut before the message was complete. */
    default String unfinishedNote() {
        return "end of stream before the message was complete";
    }

    /**
     * Checks a maximum message size for this framing.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    default void checkMaxMessage(int maxMessageBytes) {
        if (maxMessageBytes < 1 || maxMessageBytes > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException(
                    "The maximum message size must be from 1 to " + MAX_MESSAGE_BYTES + " bytes.");
        }
    }

    /** Today's behaviour: lines ending with LF (a CR before it kept and shown); over-long lines come in pieces. */
    record Line() implements Framing {
        @Override
        public Framer framer(int maxMessageBytes) {
            return new LineFramer(maxMessageBytes);
        }

        @Override
        public byte[] encode(byte[] payload) {
            return LineEnding.LF.append(payload);
        }

        @Override
        public String spec() {
            return "line";
        }

        @Override
        public String describe() {
            return "lines (LF)";
        }

        @Override
        public String unfinishedNote() {
            return "last line, no newline before end of stream";
        }
    }

    /** Each read as it arrived, whatever its size; the maximum does not apply. */
    record Raw() implements Framing {
        @Override
        public Framer framer(int maxMessageBytes) {
            return new RawFramer();
        }

        @Override
        public byte[] encode(byte[] payload) {
            return payload.clone();
        }

        @Override
        public String spec() {
            return "raw";
        }

        @Override
        public String describe() {
            return "raw chunks, as read";
        }
    }

    /** Messages ending with a byte sequence, such as {@code 00} or {@code 0D 0A 0D 0A}. */
    record Delimiter(byte[] delimiter) implements Framing {
        public Delimiter {
            if (delimiter.length == 0 || delimiter.length > MAX_DELIMITER_BYTES) {
                throw new IllegalArgumentException(
                        "A delimiter needs from 1 to " + MAX_DELIMITER_BYTES + " bytes, not " + delimiter.length + ".");
            }
            delimiter = delimiter.clone();
        }

        @Override
        public byte[] delimiter() {
            return delimiter.clone();
        }

        @Override
        public Framer framer(int maxMessageBytes) {
            return new DelimiterFramer(delimiter, maxMessageBytes);
        }

        @Override
        public byte[] encode(byte[] payload) {
            return ByteArrays.concat(payload, delimiter);
        }

        @Override
        public String spec() {
            return "delimiter:" + TextCodec.toHex(delimiter).replace(" ", "");
        }

        @Override
        public String describe() {
            return "delimited by " + TextCodec.toHex(delimiter);
        }

        @Override
        public String unfinishedNote() {
            return "last message, no delimiter before end of stream";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Delimiter that && Arrays.equals(delimiter, that.delimiter);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(delimiter);
        }

        @Override
        public String toString() {
            return spec();
        }
    }

    /** Messages of exactly {@code size} bytes. */
    record Fixed(int size) implements Framing {
        public Fixed {
            if (size < 1 || size > MAX_MESSAGE_BYTES) {
                throw new IllegalArgumentException(
                        "A fixed message size must be from 1 to " + MAX_MESSAGE_BYTES + " bytes, not " + size + ".");
            }
        }

        @Override
        public Framer framer(int maxMessageBytes) {
            return new FixedFramer(size);
        }

        @Override
        public byte[] encode(byte[] payload) {
            if (payload.length != size) {
                throw new IllegalArgumentException("Fixed framing sends messages of exactly " + size
                        + " bytes; this one has " + payload.length + ".");
            }
            return payload.clone();
        }

        @Override
        public void checkMaxMessage(int maxMessageBytes) {
            Framing.super.checkMaxMessage(maxMessageBytes);
            if (size > maxMessageBytes) {
                throw new IllegalArgumentException("Fixed messages of " + size + " bytes are over the "
                        + maxMessageBytes + "-byte maximum message size; raise the maximum.");
            }
        }

        @Override
        public String spec() {
            return "fixed:" + size;
        }

        @Override
        public String describe() {
            return "fixed, " + size + " bytes each";
        }
    }

    /**
     * Messages after a length header.
     *
     * @param headerBytes  1, 2, 4 or 8
     * @param littleEndian whether the header's lowest byte comes first (network order is big-endian)
     * @param countsHeader whether the length counts the header too, not just the payload
     */
    record LengthPrefixed(int headerBytes, boolean littleEndian, boolean countsHeader) implements Framing {
        public LengthPrefixed {
            if (headerBytes != 1 && headerBytes != 2 && headerBytes != 4 && headerBytes != 8) {
                throw new IllegalArgumentException(
                        "A length header has 1, 2, 4 or 8 bytes, not " + headerBytes + ".");
            }
        }

        @Override
        public Framer framer(int maxMessageBytes) {
            return new LengthFramer(headerBytes, littleEndian, countsHeader, maxMessageBytes);
        }

        @Override
        public byte[] encode(byte[] payload) {
            long value = payload.length + (countsHeader ? (long) headerBytes : 0);
            if (headerBytes < Long.BYTES && value >>> (8 * headerBytes) != 0) {
                long most = (1L << (8 * headerBytes)) - 1 - (countsHeader ? headerBytes : 0);
                throw new IllegalArgumentException("A " + payload.length + "-byte message does not fit a "
                        + headerBytes + "-byte length header (at most " + most + " bytes).");
            }
            byte[] out = new byte[headerBytes + payload.length];
            for (int i = 0; i < headerBytes; i++) {
                int shift = 8 * (littleEndian ? i : headerBytes - 1 - i);
                out[i] = (byte) (value >>> shift);
            }
            System.arraycopy(payload, 0, out, headerBytes, payload.length);
            return out;
        }

        @Override
        public String spec() {
            return "length:" + headerBytes + (littleEndian ? ":le" : "") + (countsHeader ? ":incl" : "");
        }

        @Override
        public String describe() {
            return "length-prefixed, " + headerBytes + "-byte " + (littleEndian ? "little" : "big") + "-endian header"
                    + (countsHeader ? " counting itself" : "");
        }
    }

    /**
     * Reads a spec: {@code line}, {@code raw}, {@code delimiter:HEX}, {@code fixed:N} or
     * {@code length:BYTES[:le][:incl]} ({@code be} is the default order and may be written).
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    static Framing parse(String spec) {
        String text = spec.trim();
        int colon = text.indexOf(':');
        String kind = (colon < 0 ? text : text.substring(0, colon)).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? null : text.substring(colon + 1);
        return switch (kind) {
            case "line", "raw" -> {
                if (rest != null) {
                    throw new IllegalArgumentException("'" + kind + "' framing takes no parameters.");
                }
                yield kind.equals("line") ? LINE : RAW;
            }
            case "delimiter" -> new Delimiter(delimiterBytes(rest));
            case "fixed" -> new Fixed(number(rest, "fixed:N needs N, the message size in bytes, as in fixed:16."));
            case "length" -> lengthPrefixed(rest);
            default -> throw new IllegalArgumentException("Unknown framing '" + spec + "': use " + USAGE + ".");
        };
    }

    private static byte[] delimiterBytes(String hex) {
        if (hex == null || hex.isBlank()) {
            throw new IllegalArgumentException(
                    "delimiter:HEX needs the delimiter's bytes in hex, as in delimiter:0D0A.");
        }
        try {
            return TextCodec.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The delimiter is not hex: " + e.getMessage());
        }
    }

    private static int number(String text, String usage) {
        if (text == null || !text.matches("[0-9]{1,10}") || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(usage);
        }
        return Integer.parseInt(text);
    }

    private static Framing lengthPrefixed(String rest) {
        String usage = "length:BYTES needs a header size of 1, 2, 4 or 8 bytes, then :le for little-endian "
                + "and :incl when the length counts the header, as in length:4:le.";
        String[] parts = rest == null ? new String[] {""} : rest.split(":", -1);
        int headerBytes = number(parts[0], usage);
        boolean littleEndian = false;
        boolean bigEndian = false;
        boolean countsHeader = false;
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i].toLowerCase(Locale.ROOT)) {
                case "le" -> littleEndian = true;
                case "be" -> bigEndian = true;
                case "incl" -> countsHeader = true;
                default -> throw new IllegalArgumentException(
                        "Unknown length option '" + parts[i] + "': use le, be or incl.");
            }
        }
        if (littleEndian && bigEndian) {
            throw new IllegalArgumentException("A length header is either le or be, not both.");
        }
        return new LengthPrefixed(headerBytes, littleEndian, countsHeader);
    }
}
