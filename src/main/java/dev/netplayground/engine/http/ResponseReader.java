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

    /** Parses the head in {@code head[0, end)} byte by byte: it runs once per response, so no regex, no split. */
    private void parseHead(int end) throws BadResponseException {
        int lineEnd = lineEnd(0, end);
        if (lineEnd < 12 || !startsWith(0, "HTTP/1.") || head[8] != ' ' || !isDigit(head[9]) || !isDigit(head[10])
                || !isDigit(head[11]) || head[9] == '0' || lineEnd > 12 && head[12] != ' ') {
            String statusLine = new String(head, 0, Math.min(lineEnd, 80), StandardCharsets.ISO_8859_1);
            throw new BadResponseException("the status line is not HTTP/1.x and a code: '" + statusLine + "'");
        }
        status = (head[9] - '0') * 100 + (head[10] - '0') * 10 + (head[11] - '0');
        closes = head[7] == '0';
        long length = -1;
        boolean isChunked = false;
        int pos = next(lineEnd, end);
        while (pos < end) {
            int stop = lineEnd(pos, end);
            if (nameIs(pos, stop, "content-length")) {
                length = contentLength(value(pos, stop));
            } else if (nameIs(pos, stop, "transfer-encoding")) {
                isChunked = value(pos, stop).toLowerCase(Locale.ROOT).endsWith("chunked");
            } else if (nameIs(pos, stop, "connection")) {
                String value = value(pos, stop).toLowerCase(Locale.ROOT);
                closes = value.contains("close") || closes && !value.contains("keep-alive");
            }
            pos = next(stop, end);
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

    /** The index of the CR or LF that ends the line starting at {@code from}. */
    private int lineEnd(int from, int end) {
        int i = from;
        while (i < end && head[i] != '\r' && head[i] != '\n') {
            i++;
        }
        return i;
    }

    /** The start of the line after the one ending at {@code lineEnd}. */
    private int next(int lineEnd, int end) {
        int i = lineEnd;
        if (i < end && head[i] == '\r') {
            i++;
        }
        return i < end && head[i] == '\n' ? i + 1 : i;
    }

    private boolean startsWith(int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (head[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the field line in {@code head[from, to)} has this (lower-case) name, followed by a colon. */
    private boolean nameIs(int from, int to, String lowerCaseName) {
        int n = lowerCaseName.length();
        if (to - from <= n || head[from + n] != ':') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if ((head[from + i] | 0x20) != lowerCaseName.charAt(i) && head[from + i] != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The value of the field line in {@code head[from, to)}, trimmed. */
    private String value(int from, int to) {
        int colon = from;
        while (head[colon] != ':') {
            colon++;
        }
        return new String(head, colon + 1, to - colon - 1, StandardCharsets.ISO_8859_1).trim();
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static long contentLength(String value) throws BadResponseException {
        boolean digits = !value.isEmpty() && value.length() <= 18;
        for (int i = 0; digits && i < value.length(); i++) {
            digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
        }
        if (!digits) {
            throw new BadResponseException("Content-Length is not a number: '" + value + "'");
        }
        return Long.parseLong(value);
    }
}
