package dev.netplayground.engine.http;

import java.util.Arrays;

/**
 * Gathers a connection's request heads from its reads, one after another: skips the few empty
 * lines allowed before a request line, keeps a head that arrives in pieces, and holds each
 * head to the limits of {@link HeadParser}. Loop thread only.
 */
final class HeadReader {
    /** Empty lines accepted before a request line (RFC 9112 section 2.2: at least one); more get 400. */
    static final int MAX_EMPTY_LINES = 4;

    private byte[] partial;
    private int partialLength;
    // CR and LF bytes skipped before the current request line: two per CRLF.
    private int emptyLineBytes;
    private RequestHead head;

    /**
     * Reads {@code a[from, to)} up to the end of a head and returns where the rest begins.
     * Once the head is whole, {@link #take} hands it over; until then every byte is kept.
     */
    int read(byte[] a, int from, int to) throws HttpProtocolException {
        if (partialLength > 0) {
            return readRest(a, from, to);
        }
        from = skipEmptyLines(a, from, to);
        int end = HeadParser.endOfHead(a, from, to);
        int headEnd = end < 0 ? to : end;
        if (headEnd - from > HeadParser.MAX_HEAD_BYTES) {
            throw HeadParser.tooLarge(a, from, headEnd);
        }
        if (end < 0) {
            keep(a, from, to);
            return to;
        }
        head = HeadParser.parse(a, from, end);
        emptyLineBytes = 0;
        return end;
    }

    /** The head read whole, once; null while it has not all arrived. */
    RequestHead take() {
        RequestHead whole = head;
        head = null;
        return whole;
    }

    /** Part of a request line has arrived, and not yet the end of its head. */
    boolean hasPartialHead() {
        return partialLength > 0;
    }

    private int skipEmptyLines(byte[] a, int from, int to) throws HttpProtocolException {
        while (from < to && (a[from] == '\r' || a[from] == '\n')) {
            if (++emptyLineBytes > 2 * MAX_EMPTY_LINES) {
                throw new HttpProtocolException(400, "More than " + MAX_EMPTY_LINES
                        + " empty lines came before the request line; send the request line first.");
            }
            from++;
        }
        return from;
    }

    private int readRest(byte[] a, int from, int to) throws HttpProtocolException {
        int kept = partialLength;
        int taken = Math.min(to - from, HeadParser.MAX_HEAD_BYTES - kept);
        keep(a, from, from + taken);
        int end = HeadParser.endOfHead(partial, Math.max(0, kept - 3), partialLength);
        if (end < 0) {
            if (partialLength == HeadParser.MAX_HEAD_BYTES) {
                throw HeadParser.tooLarge(partial, 0, partialLength);
            }
            return from + taken;
        }
        head = HeadParser.parse(partial, 0, end);
        partial = null;
        partialLength = 0;
        emptyLineBytes = 0;
        return from + (end - kept);
    }

    /** Keeps {@code a[from, to)} after what is kept; the callers keep the total within the head limit. */
    private void keep(byte[] a, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return;
        }
        if (partial == null || partialLength + n > partial.length) {
            int size = Math.max(partialLength + n, Math.max(1024, 2 * partialLength));
            partial = Arrays.copyOf(partial == null ? BodyReader.EMPTY : partial,
                    Math.min(HeadParser.MAX_HEAD_BYTES, size));
        }
        System.arraycopy(a, from, partial, partialLength, n);
        partialLength += n;
    }
}
