package dev.netplayground.engine.http;

/** A body of a size given by Content-Length (at most the server's limit, which was checked). Loop thread only. */
final class FixedLengthBody implements BodyReader {
    private final int length;
    private final boolean keep;
    private byte[] bytes;
    private int received;

    /** @param keep false to skip the body: it is read only to reach the next request */
    FixedLengthBody(int length, boolean keep) {
        this.length = length;
        this.keep = keep;
    }

    @Override
    public int read(byte[] a, int from, int to) {
        int n = Math.min(length - received, to - from);
        if (keep) {
            // Grows with what arrived, not with what was announced: a client announcing the
            // limit and sending one byte holds one buffer's worth, not a megabyte per connection.
            if (bytes == null || received + n > bytes.length) {
                int size = (int) Math.min(length, Math.max(received + n, bytes == null ? 4096L : 2L * bytes.length));
                bytes = bytes == null ? new byte[size] : java.util.Arrays.copyOf(bytes, size);
            }
            System.arraycopy(a, from, bytes, received, n);
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
        return bytes == null ? EMPTY : bytes.length == received ? bytes : java.util.Arrays.copyOf(bytes, received);
    }
}
