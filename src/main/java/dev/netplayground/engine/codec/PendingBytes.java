package dev.netplayground.engine.codec;

import java.util.Arrays;

/**
 * Bytes held between reads, by a framer or an HTTP body: the array grows as bytes arrive (never past
 * {@code maxBytes}, so a peer announcing much and sending little holds little), and shrinks back once a
 * big message has gone. Not thread-safe.
 */
public final class PendingBytes {
    private static final int FIRST_BYTES = 256;
    private static final int KEPT_BYTES = 64 * 1024;
    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;
    private static final byte[] NONE = new byte[0];

    private final int maxBytes;
    private byte[] bytes = NONE;
    private int length;

    /** Holds up to an array's limit. */
    public PendingBytes() {
        this(MAX_ARRAY_BYTES);
    }

    /** Holds at most {@code maxBytes}: the caller appends no more than that. */
    public PendingBytes(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int length() {
        return length;
    }

    /** The backing array; valid until the next append or drop. */
    byte[] array() {
        return bytes;
    }

    public void append(byte[] data, int from, int count) {
        int needed = length + count;
        if (needed > bytes.length) {
            long grown = Math.max(needed, Math.max(FIRST_BYTES, 2L * bytes.length));
            bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, grown));
        }
        System.arraycopy(data, from, bytes, length, count);
        length = needed;
    }

    byte[] copy(int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    /**
     * Every byte held: the backing array itself when it is exactly full (an append then moves to a new one),
     * else a copy. Valid until the next drop.
     */
    public byte[] toArray() {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    /** Forgets the first {@code count} bytes. */
    void drop(int count) {
        System.arraycopy(bytes, count, bytes, 0, length - count);
        length -= count;
        if (length == 0 && bytes.length > KEPT_BYTES) {
            bytes = NONE;
        }
    }

    void clear() {
        drop(length);
    }
}
