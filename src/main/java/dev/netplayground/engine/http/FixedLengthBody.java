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
            if (bytes == null) {
                bytes = new byte[length];
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
        return bytes == null ? EMPTY : bytes;
    }
}
