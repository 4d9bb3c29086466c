package dev.netplayground.engine.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a byte stream into lines the way Rust's {@code read_line} does: each line keeps its
 * {@code \n} (and a {@code \r} before it, shown as such), and what is left at end of stream is
 * delivered as a last, unfinished line. A line whose bytes before the {@code \n} are more than
 * the limit is delivered in pieces of the limit, each a {@link Frame.Cut#PIECE}, so nothing is
 * lost and the caller can report it. Not thread-safe: one framer per connection.
 */
public final class LineFramer implements Framer {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final int maxLineBytes;
    private final PendingBytes pending;

    /** @param maxLineBytes the most bytes a line may have before its {@code \n} and still be delivered whole */
    public LineFramer(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maximum line length must be at least 1 byte");
        }
        this.maxLineBytes = maxLineBytes;
        this.pending = new PendingBytes(maxLineBytes);
    }

    @Override
    public void feed(byte[] data, int offset, int length, Consumer<Frame> sink) {
        int end = offset + length;
        int start = offset;
        while (start < end) {
            // A line is whole when its \n is at most the limit's number of bytes away.
            int stop = (int) Math.min(end, (long) start + maxLineBytes + 1 - pending.length());
            int newline = indexOfNewline(data, start, stop);
            if (newline >= 0) {
                sink.accept(take(data, start, newline + 1, Frame.Cut.WHOLE));
                start = newline + 1;
            } else if (stop - start + pending.length() > maxLineBytes) {
                // One byte more than the limit and no \n: the limit's bytes are a piece; the last starts the next.
                sink.accept(take(data, start, stop - 1, Frame.Cut.PIECE));
                start = stop - 1;
            } else {
                pending.append(data, start, stop - start);
                start = stop;
            }
        }
    }

    @Override
    public void finish(Consumer<Frame> sink) {
        if (pending.length() > 0) {
            sink.accept(take(pending.array(), 0, 0, Frame.Cut.UNFINISHED));
        }
    }

    /** As {@link #feed(byte[], int, int, Consumer)}, returning the lines. */
    public List<Frame> feed(byte[] data, int offset, int length) {
        List<Frame> lines = new ArrayList<>(2);
        feed(data, offset, length, lines::add);
        return lines;
    }

    /** As {@link #finish(Consumer)}, returning the rest, if any. */
    public List<Frame> finish() {
        List<Frame> rest = new ArrayList<>(1);
        finish(rest::add);
        return rest;
    }

    /** Bytes held that do not yet form a line. */
    public int pendingBytes() {
        return pending.length();
    }

    /**
     * The index of the first {@code \n} in {@code data[from, to)}, or -1. Looks at four eight-byte
     * words per branch while none holds a {@code \n}, then finds it a word at a time (the "has zero
     * byte" trick on {@code word ^ 0x0A...}: the lowest flagged byte is always a real match).
     */
    static int indexOfNewline(byte[] data, int from, int to) {
        int i = from;
        for (; i + 4 * Long.BYTES <= to; i += 4 * Long.BYTES) {
            if ((newlines(data, i) | newlines(data, i + Long.BYTES) | newlines(data, i + 2 * Long.BYTES)
                    | newlines(data, i + 3 * Long.BYTES)) != 0) {
                break;
            }
        }
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long found = newlines(data, i);
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

    /** Flags (in its high bit) each {@code \n} among the eight bytes at {@code at}; exact for a yes/no. */
    private static long newlines(byte[] data, int at) {
        long word = (long) LONGS.get(data, at) ^ NEWLINES;
        return (word - LOW_BITS) & ~word & HIGH_BITS;
    }

    /** The held bytes followed by {@code data[from, to)}, as one line; copies once. */
    private Frame take(byte[] data, int from, int to, Frame.Cut cut) {
        byte[] bytes;
        if (pending.length() == 0) {
            bytes = Arrays.copyOfRange(data, from, to);
        } else {
            int held = pending.length();
            bytes = Arrays.copyOf(pending.array(), held + to - from);
            System.arraycopy(data, from, bytes, held, to - from);
            pending.clear();
        }
        int payloadEnd = bytes.length;
        if (cut == Frame.Cut.WHOLE) {
            payloadEnd--;
            if (payloadEnd > 0 && bytes[payloadEnd - 1] == '\r') {
                payloadEnd--;
            }
        }
        return new Frame(bytes, 0, payloadEnd, cut);
    }
}
