package dev.netplayground.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads HTTP/1.1 responses from a connection's bytes as they arrive, one after another, and
 * skips their bodies: by Content-Length, chunked (with {@link ChunkedBody}), or up to the end of
 * the stream when a response has neither. Interim 1xx responses are skipped. Loop thread only.
 */
public final class ResponseReader {
    private byte[] head = new byte[512];
    private int headLength;
    private boolean bodyless;
    private int status;
    private boolean closes;
    private long remaining;
    private ChunkedBody chunked;
    private boolean toEndOfStream;
    private boolean complete;

    /**
     * Starts reading the response to the next request.
     *
     * @param toHead true when the request was HEAD: its response has no body whatever its head says
     */
    public void expect(boolean toHead) {
        bodyless = toHead;
        headLength = 0;
        status = 0;
        closes = false;
        remaining = 0;
        chunked = null;
        toEndOfStream = false;
        complete = false;
    }

    /**
     * Takes the response's bytes from {@code a[from, to)} and returns the index after the last one
     * taken: what follows belongs to no request of ours.
     */
    public int read(byte[] a, int from, int to) throws BadResponseException {
        int pos = from;
        while (pos < to && !complete) {
            if (status == 0) {
                pos = readHead(a, pos, to);
            } else if (chunked != null) {
                pos = readChunked(a, pos, to);
            } else if (toEndOfStream) {
                pos = to;
            } else {
                int n = (int) Math.min(remaining, to - pos);
                pos += n;
                remaining -= n;
                complete = remaining == 0;
            }
        }
        return pos;
    }

    /** The stream ended: completes a response that runs to the end of the stream. */
    public void endOfStream() {
        if (toEndOfStream) {
            complete = true;
        }
    }

    public boolean isComplete() {
        return complete;
    }

    /** The status code, once the head has come. */
    public int status() {
        return status;
    }

    /** The server said it closes the connection after this response (or it ends with the stream). */
    public boolean closes() {
        return closes || toEndOfStream;
    }

    private int readChunked(byte[] a, int from, int to) throws BadResponseException {
        try {
            int pos = chunked.read(a, from, to);
            complete = chunked.isComplete();
            return pos;
        } catch (HttpProtocolException e) {
            throw new BadResponseException(e.getMessage());
        }
    }

    private int readHead(byte[] a, int from, int to) throws BadResponseException {
        int searchFrom = Math.max(0, headLength - 3);
        int n = Math.min(to - from, HeadParser.MAX_HEAD_BYTES - headLength);
        if (headLength + n > head.length) {
            head = Arrays.copyOf(head, Math.min(HeadParser.MAX_HEAD_BYTES, Math.max(headLength + n, 2 * head.length)));
        }
        System.arraycopy(a, from, head, headLength, n);
        headLength += n;
        int end = HeadParser.endOfHead(head, searchFrom, headLength);
        if (end < 0) {
            if (headLength == HeadParser.MAX_HEAD_BYTES) {
                throw new BadResponseException("a response head is longer than "
                        + HeadParser.MAX_HEAD_BYTES + " bytes");
            }
            return from + n;
        }
        parseHead(end);
        int used = from + n - (headLength - end);
        if (status < 200) {
            headLength = 0; // an interim response: the real one follows
            status = 0;
        }
        return used;
    }

    private void parseHead(int end) throws BadResponseException {
        String[] lines = new String(head, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n");
        String statusLine = lines[0];
        if (!statusLine.matches("HTTP/1\\.[01] [1-9][0-9]{2}( .*)?")) {
            throw new BadResponseException("the status line is not HTTP/1.x and a code: '"
                    + statusLine.substring(0, Math.min(80, statusLine.length())) + "'");
        }
        status = Integer.parseInt(statusLine.substring(9, 12));
        closes = statusLine.startsWith("HTTP/1.0");
        long length = -1;
        boolean isChunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = contentLength(value);
                case "transfer-encoding" -> isChunked = value.endsWith("chunked");
                case "connection" -> closes = value.contains("close") || closes && !value.contains("keep-alive");
                default -> { }
            }
        }
        boolean noBody = bodyless || status < 200 || status == 204 || status == 304;
        if (noBody) {
            complete = status >= 200;
        } else if (isChunked) {
            chunked = new ChunkedBody(Integer.MAX_VALUE, false);
        } else if (length >= 0) {
            remaining = length;
            complete = length == 0;
        } else {
            toEndOfStream = true;
        }
    }

    private static long contentLength(String value) throws BadResponseException {
        if (!value.matches("[0-9]{1,18}")) {
            throw new BadResponseException("Content-Length is not a number: '" + value + "'");
        }
        return Long.parseLong(value);
    }
}
