package dev.netplayground.engine.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random framings and streams for them: mostly good messages, some over the limit, some bad headers. */
public final class FramingStreams {
    /** How a stream reaches the framer. */
    public enum Delivery {
        BYTE_AT_A_TIME, RANDOM_PIECES, ALL_AT_ONCE;

        /** The sizes of the reads that deliver {@code length} bytes. */
        public List<Integer> reads(int length, Random random) {
            List<Integer> reads = new ArrayList<>();
            for (int left = length; left > 0; ) {
                int size = switch (this) {
                    case BYTE_AT_A_TIME -> 1;
                    case RANDOM_PIECES -> Math.min(left, 1 + random.nextInt(random.nextBoolean() ? 8 : 100));
                    case ALL_AT_ONCE -> left;
                };
                reads.add(size);
                left -= size;
            }
            return reads;
        }
    }

    /** Delimiters that overlap themselves or hide in the payload's alphabet. */
    private static final byte[][] DELIMITERS = {
        {0}, {'\r', '\n'}, {'\r', '\n', '\r', '\n'}, {'A', 'A'}, {'A', 'B', 'A'}, {(byte) 0xFF, 0}
    };
    /** Few symbols, so that delimiters and their beginnings turn up by chance. */
    private static final byte[] ALPHABET = {'A', 'B', '\r', '\n', 0, (byte) 0xFF, 'x'};

    private FramingStreams() {}

    public static Framing randomFraming(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Framing.LINE;
            case 1 -> Framing.RAW;
            case 2 -> new Framing.Delimiter(DELIMITERS[random.nextInt(DELIMITERS.length)]);
            case 3 -> new Framing.Fixed(1 + random.nextInt(12));
            default -> new Framing.LengthPrefixed(new int[] {1, 2, 4, 8}[random.nextInt(4)], random.nextBoolean(),
                    random.nextBoolean());
        };
    }

    /** A maximum that suits the framing (a fixed size must fit). */
    public static int randomMax(Framing framing, Random random) {
        int max = 1 + random.nextInt(40);
        return framing instanceof Framing.Fixed fixed ? Math.max(max, fixed.size()) : max;
    }

    /** About {@code messages} messages for the framing; a few over {@code max}, a few bad headers, maybe a cut end. */
    public static byte[] randomStream(Framing framing, int max, int messages, Random random) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < messages; i++) {
            boolean overLimit = random.nextInt(25) == 0;
            byte[] payload = payload(random, overLimit ? max + 1 + random.nextInt(10) : random.nextInt(max + 1));
            if (framing instanceof Framing.LengthPrefixed length && random.nextInt(40) == 0) {
                stream.writeBytes(badHeader(length, random));
            } else if (framing instanceof Framing.Fixed || framing instanceof Framing.Raw) {
                stream.writeBytes(payload);
            } else {
                stream.writeBytes(framing.encode(payload));
            }
        }
        if (random.nextBoolean()) {
            stream.writeBytes(payload(random, random.nextInt(max + 3)));
        }
        return stream.toByteArray();
    }

    private static byte[] payload(Random random, int size) {
        byte[] payload = new byte[size];
        for (int i = 0; i < size; i++) {
            boolean any = random.nextInt(3) == 0;
            payload[i] = any ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return payload;
    }

    /** All ones (a huge length), or a length below the header's own size when it counts itself. */
    private static byte[] badHeader(Framing.LengthPrefixed framing, Random random) {
        byte[] header = new byte[framing.headerBytes()];
        if (framing.countsHeader() && random.nextBoolean()) {
            header[framing.littleEndian() ? 0 : header.length - 1] = (byte) random.nextInt(framing.headerBytes());
        } else {
            java.util.Arrays.fill(header, (byte) 0xFF);
        }
        return header;
    }
}
