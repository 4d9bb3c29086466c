package dev.netplayground.engine.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * How each framing cuts a whole stream, written as plainly as possible (the whole stream in
 * hand, one message after the other): the reference the streaming framers are tested against.
 */
public final class FramingReference {
    /** The frames of a stream, and whether the framing gave up on the message after them. */
    public record Cuts(List<Frame> frames, boolean refused) {
        /** One string per frame (hex, payload bounds, cut), then the refusal: easy to compare and to read. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>(frames.stream().map(FramingReference::describe).toList());
            if (refused) {
                lines.add("refused");
            }
            return lines;
        }
    }

    private FramingReference() {}

    public static String describe(Frame frame) {
        return HexFormat.of().formatHex(frame.bytes()) + " [" + frame.payloadStart() + "," + frame.payloadEnd() + ") "
                + frame.cut();
    }

    /** @param reads the sizes of the reads that delivered the stream (only raw framing depends on them) */
    public static Cuts cut(Framing framing, int max, byte[] stream, List<Integer> reads) {
        return switch (framing) {
            case Framing.Line line -> lines(stream, max);
            case Framing.Raw raw -> chunks(stream, reads);
            case Framing.Delimiter delimiter -> delimited(stream, delimiter.delimiter(), max);
            case Framing.Fixed fixed -> fixed(stream, fixed.size());
            case Framing.LengthPrefixed length -> lengthPrefixed(stream, length, max);
        };
    }

    /** One byte at a time: a piece is cut when a byte that is not LF would go past the limit. */
    private static Cuts lines(byte[] stream, int max) {
        List<Frame> frames = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (byte b : stream) {
            if (b != '\n' && line.size() == max) {
                frames.add(Frame.of(line.toByteArray(), Frame.Cut.PIECE));
                line.reset();
            }
            line.write(b);
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length - 1;
                if (end > 0 && bytes[end - 1] == '\r') {
                    end--;
                }
                frames.add(new Frame(bytes, 0, end, Frame.Cut.WHOLE));
                line.reset();
            }
        }
        if (line.size() > 0) {
            frames.add(Frame.of(line.toByteArray(), Frame.Cut.UNFINISHED));
        }
        return new Cuts(frames, false);
    }

    private static Cuts chunks(byte[] stream, List<Integer> reads) {
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        for (int size : reads) {
            if (size > 0) {
                frames.add(Frame.of(Arrays.copyOfRange(stream, at, at + size), Frame.Cut.WHOLE));
            }
            at += size;
        }
        return new Cuts(frames, false);
    }

    private static Cuts delimited(byte[] stream, byte[] delimiter, int max) {
        List<Frame> frames = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = indexOf(stream, delimiter, start);
            if (at < 0) {
                break;
            }
            if (at - start > max) {
                return new Cuts(frames, true);
            }
            frames.add(new Frame(Arrays.copyOfRange(stream, start, at + delimiter.length), 0, at - start,
                    Frame.Cut.WHOLE));
            start = at + delimiter.length;
        }
        int rest = stream.length - start;
        // So many bytes without a delimiter that one coming later would end a payload over the limit.
        if (rest >= max + delimiter.length) {
            return new Cuts(frames, true);
        }
        if (rest > 0) {
            frames.add(Frame.of(Arrays.copyOfRange(stream, start, stream.length), Frame.Cut.UNFINISHED));
        }
        return new Cuts(frames, false);
    }

    private static int indexOf(byte[] stream, byte[] delimiter, int from) {
        for (int i = from; i + delimiter.length <= stream.length; i++) {
            if (Arrays.equals(stream, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
                return i;
            }
        }
        return -1;
    }

    private static Cuts fixed(byte[] stream, int size) {
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        for (; at + size <= stream.length; at += size) {
            frames.add(Frame.of(Arrays.copyOfRange(stream, at, at + size), Frame.Cut.WHOLE));
        }
        if (at < stream.length) {
            frames.add(Frame.of(Arrays.copyOfRange(stream, at, stream.length), Frame.Cut.UNFINISHED));
        }
        return new Cuts(frames, false);
    }

    private static Cuts lengthPrefixed(byte[] stream, Framing.LengthPrefixed framing, int max) {
        int header = framing.headerBytes();
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        while (stream.length - at >= header) {
            long value = 0;
            for (int i = 0; i < header; i++) {
                int index = framing.littleEndian() ? at + header - 1 - i : at + i;
                value = value << 8 | (stream[index] & 0xFF);
            }
            if (framing.countsHeader() && Long.compareUnsigned(value, header) < 0) {
                return new Cuts(frames, true);
            }
            long payload = framing.countsHeader() ? value - header : value;
            if (Long.compareUnsigned(payload, max) > 0) {
                return new Cuts(frames, true);
            }
            if (stream.length - at - header < payload) {
                break;
            }
            int end = at + header + (int) payload;
            frames.add(new Frame(Arrays.copyOfRange(stream, at, end), header, end - at, Frame.Cut.WHOLE));
            at = end;
        }
        if (at < stream.length) {
            byte[] rest = Arrays.copyOfRange(stream, at, stream.length);
            frames.add(new Frame(rest, Math.min(header, rest.length), rest.length, Frame.Cut.UNFINISHED));
        }
        return new Cuts(frames, false);
    }
}
