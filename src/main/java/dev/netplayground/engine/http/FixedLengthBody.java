package dev.netplayground.engine.http;

import dev.netplayground.engine.codec.PendingBytes;

/** A body of a size given by Content-Length (at most the server's limit, which was checked). Loop thread only. */
final class FixedLengthBody implements BodyReader {
    private final int length;
    private final boolean keep;
    private final PendingBytes bytes;
    private int received;

    /** @param keep false to skip the body: it is read only to reach the next request */
    FixedLengthBody(int length, boolean keep) {
        this.length = length;
        this.keep = keep;
        // Grows with what arrives, not with what was announced: a client announcing the limit and
        // sending one byte holds a small buffer, not a megabyte per connection.
        this.bytes = new PendingBytes(length);
    }

    @Override
    public int read(byte[] a, int from, int to) {
        int n = Math.min(length - received, to - from);
        if (keep) {
            bytes.append(a, from, n);
        }
        received += n;
        return from + n;
    }

    @Override
    public boolean isComplete() {
        return received == length;
    }

    @Override
    public byte[] body() {
        return keep ? bytes.toArray() : EMPTY;
    }
}
