package dev.netplayground.engine.codec;

import java.util.Arrays;

/** The bytes a framer holds between reads: grows as needed, shrinks back once a big message has gone. */
final class PendingBytes {
    private static final int FIRST_BYTES = 256;
    private static final int KEPT_BYTES = 64 * 1024;
    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    private byte[] bytes = new byte[FIRST_BYTES];
    private int length;

    int length() {
        return length;
    }

    /** The backing array; valid until the next append or drop. */
    byte[] array() {
        return bytes;
    }

    void append(byte[] data, int from, int count) {
        int needed = length + count;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_ARRAY_BYTES, Math.max(needed, 2L * bytes.length)));
        }
        System.arraycopy(data, from, bytes, length, count);
        length = needed;
    }

    byte[] copy(int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    /** Forgets the first {@code count} bytes. */
    void drop(int count) {
        System.arraycopy(bytes, count, bytes, 0, length - count);
        length -= count;
        if (length == 0 && bytes.length > KEPT_BYTES) {
            bytes = new byte[FIRST_BYTES];
        }
    }

    void clear() {
        drop(length);
    }
}
