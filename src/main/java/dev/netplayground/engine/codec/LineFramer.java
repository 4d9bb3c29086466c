package dev.netplayground.engine.codec;

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
        for (int i = offset; i < end; i++) {
            append(data[i]);
            if (data[i] == '\n') {
                lines.add(take(true, false));
            } else if (pendingLength == maxLineBytes) {
                lines.add(take(false, true));
            }
        }
        return lines;
    }

    /** End of stream: the unterminated rest, if any. */
    public List<Line> finish() {
        return pendingLength == 0 ? List.of() : List.of(take(false, false));
    }

    /** Bytes held that do not yet form a line. */
    public int pendingBytes() {
        return pendingLength;
    }

    private void append(byte b) {
        if (pendingLength == pending.length) {
            pending = Arrays.copyOf(pending, Math.min(pending.length * 2, Math.max(maxLineBytes, 1)));
        }
        pending[pendingLength++] = b;
    }

    private Line take(boolean terminated, boolean overLimit) {
        Line line = new Line(Arrays.copyOf(pending, pendingLength), terminated, overLimit);
        pendingLength = 0;
        if (pending.length > 64 * 1024) {
            pending = new byte[256];
        }
        return line;
    }
}
