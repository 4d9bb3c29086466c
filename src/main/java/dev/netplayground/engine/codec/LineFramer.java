package dev.netplayground.engine.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream into lines the way Rust's {@code read_line} does: each line keeps its
 * {@code \n}, and what is left at end of stream is delivered as a last, unterminated line.
 * A line longer than the limit is delivered in pieces of the limit, each marked
 * {@link Line#overLimit()}, so nothing is lost and the caller can report it.
 * Not thread-safe: one framer per connection.
 */
public final class LineFramer {
    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final int maxLineBytes;
    private byte[] pending = new byte[256];
    private int pendingLength;

    public LineFramer(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maximum line length must be at least 1 byte");
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** Feeds bytes; returns the lines they complete, in order. */
    public List<Line> feed(byte[] data, int offset, int length) {
        List<Line> lines = new ArrayList<>(2);
        int end = offset + length;
        int start = offset;
        while (start < end) {
            int stop = (int) Math.min(end, (long) start + maxLineBytes - pendingLength);
            int newline = indexOfNewline(data, start, stop);
            if (newline >= 0) {
                lines.add(take(data, start, newline + 1, true, false));
                start = newline + 1;
            } else if (stop - start + pendingLength == maxLineBytes) {
                lines.add(take(data, start, stop, false, true));
                start = stop;
            } else {
                append(data, start, stop);
                start = stop;
            }
        }
        return lines;
    }

    /** End of stream: the unterminated rest, if any. */
    public List<Line> finish() {
        return pendingLength == 0 ? List.of() : List.of(take(pending, 0, 0, false, false));
    }

    /** Bytes held that do not yet form a line. */
    public int pendingBytes() {
        return pendingLength;
    }

    /**
     * The index of the first {@code \n} in {@code data[from, to)}, or -1. Looks at eight bytes
     * at a time (the "has zero byte" trick on {@code word ^ 0x0A...}); the lowest flagged byte
     * is always a real match, so the first one found is exact.
     */
    static int indexOfNewline(byte[] data, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(data, i) ^ NEWLINES;
            long found = (word - LOW_BITS) & ~word & HIGH_BITS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(byte[] data, int from, int to) {
        int needed = pendingLength + to - from;
        if (needed > pending.length) {
            pending = Arrays.copyOf(pending, (int) Math.min(maxLineBytes, Math.max(needed, 2L * pending.length)));
        }
        System.arraycopy(data, from, pending, pendingLength, to - from);
        pendingLength = needed;
    }

    /** The held bytes followed by {@code data[from, to)}, as one line; copies once. */
    private Line take(byte[] data, int from, int to, boolean terminated, boolean overLimit) {
        byte[] bytes;
        if (pendingLength == 0) {
            bytes = Arrays.copyOfRange(data, from, to);
        } else {
            bytes = Arrays.copyOf(pending, pendingLength + to - from);
            System.arraycopy(data, from, bytes, pendingLength, to - from);
            pendingLength = 0;
            if (pending.length > 64 * 1024) {
                pending = new byte[256];
            }
        }
        return new Line(bytes, terminated, overLimit);
    }
}
