package dev.netplayground.engine.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * The bytes a connection has still to send, in order; the array is allocated at first use and grows as needed.
 * Loop thread only.
 */
final class PendingOutput {
    private static final int INITIAL_BYTES = 512;

    private byte[] bytes;
    private ByteBuffer view;
    private int start;
    private int end;

    boolean isEmpty() {
        return start == end;
    }

    void write(byte[] data) {
        room(data.length);
        System.arraycopy(data, 0, bytes, end, data.length);
        end += data.length;
    }

    /** A non-negative number as ASCII digits. */
    void writeDecimal(int value) {
        int digits = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        room(digits);
        for (int i = end + digits - 1; i >= end; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        end += digits;
    }

    /** Writes what the channel takes now; true when nothing is left. */
    boolean writeTo(WritableByteChannel channel) throws IOException {
        view.limit(end).position(start);
        start += channel.write(view);
        if (start == end) {
            start = 0;
            end = 0;
        }
        return start == end;
    }

    private void room(int length) {
        if (bytes == null) {
            bytes = new byte[Math.max(INITIAL_BYTES, length)];
            view = ByteBuffer.wrap(bytes);
        } else if (end + length > bytes.length) {
            int size = end - start;
            byte[] grown = size + length > bytes.length ? new byte[Math.max(size + length, 2 * bytes.length)] : bytes;
            System.arraycopy(bytes, start, grown, 0, size);
            bytes = grown;
            view = ByteBuffer.wrap(bytes);
            start = 0;
            end = size;
        }
    }
}
