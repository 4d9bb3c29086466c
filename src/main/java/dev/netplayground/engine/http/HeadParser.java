package dev.netplayground.engine.http;

import dev.netplayground.engine.codec.TextCodec;
import java.nio.charset.StandardCharsets;

/**
 * Reads the head of a request (request line and header fields, RFC 9112 sections 3 and 5)
 * from bytes. Lines end in CRLF or, leniently, in a bare LF; folded lines are refused. Of the
 * fields, only those that frame the body or the connection, and Content-Type, are kept. Pure.
 */
final class HeadParser {
    /** The largest head accepted, request line included; a larger one is answered with 431. */
    static final int MAX_HEAD_BYTES = 16 * 1024;
    /** The longest request line accepted (RFC 9112 section 3: at least 8000); a longer one is answered with 414. */
    static final int MAX_REQUEST_LINE_BYTES = 8 * 1024;

    private static final int QUOTED_CHARS = 80;
    private static final String[] KNOWN_METHODS = {"POST", "GET", "HEAD"};
    private static final byte[] CONTENT_LENGTH = ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
    private static final byte[] CONNECTION = ascii("connection");
    private static final byte[] EXPECT = ascii("expect");
    private static final byte[] CONTENT_TYPE = ascii("content-type");
    private static final byte[] HOST = ascii("host");

    private HeadParser() {}

    /** The index just past the empty line that ends a head begun at {@code from}, or -1 if it has not all arrived. */
    static int endOfHead(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                int next = i + 1;
                if (next < to && a[next] == '\r') {
                    next++;
                }
                if (next < to && a[next] == '\n') {
                    return next + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The answer to a head begun at {@code from} that passed {@link #MAX_HEAD_BYTES} before it
     * ended: 414 when its request line is already too long, else 431.
     */
    static HttpProtocolException tooLarge(byte[] a, int from, int to) {
        int lf = indexOf(a, from, to, '\n');
        if (lf < 0 || lf - from > MAX_REQUEST_LINE_BYTES) {
            return requestLineTooLong();
        }
        return new HttpProtocolException(431, "The request's head (request line and header fields) is larger than"
                + " the limit of " + MAX_HEAD_BYTES + " bytes. Send fewer or shorter header fields.");
    }

    private static HttpProtocolException requestLineTooLong() {
        return new HttpProtocolException(414, "The request line is longer than the limit of " + MAX_REQUEST_LINE_BYTES
                + " bytes. Send a shorter request-target (path and query).");
    }

    /** Parses the head in {@code a[from, end)}, {@code end} as found by {@link #endOfHead}. */
    static RequestHead parse(byte[] a, int from, int end) throws HttpProtocolException {
        int lf = indexOf(a, from, end, '\n');
        int lineEnd = withoutCr(a, from, lf);
        if (lineEnd - from > MAX_REQUEST_LINE_BYTES) {
            throw requestLineTooLong();
        }
        int sp1 = indexOf(a, from, lineEnd, ' ');
        int sp2 = sp1 < 0 ? -1 : indexOf(a, sp1 + 1, lineEnd, ' ');
        if (sp2 < 0 || !isToken(a, from, sp1) || !isTarget(a, sp1 + 1, sp2)) {
            throw new HttpProtocolException(400, "Malformed request line '" + quote(a, from, lineEnd)
                    + "'; expected METHOD /path HTTP/1.1, separated by single spaces.");
        }
        boolean http11 = isHttp11(a, from, sp2 + 1, lineEnd);
        Fields fields = new Fields();
        for (int pos = lf + 1; ; pos = lf + 1) {
            lf = indexOf(a, pos, end, '\n');
            lineEnd = withoutCr(a, pos, lf);
            if (lineEnd == pos) {
                break;
            }
            fields.add(a, pos, lineEnd);
        }
        String target = new String(a, sp1 + 1, sp2 - sp1 - 1, StandardCharsets.ISO_8859_1);
        return fields.head(method(a, from, sp1), target, http11);
    }

    /** True for HTTP/1.1 and later 1.x, false for HTTP/1.0. */
    private static boolean isHttp11(byte[] a, int lineStart, int from, int to) throws HttpProtocolException {
        if (to - from != 8 || !startsWith(a, from, "HTTP/") || !isDigit(a[from + 5]) || a[from + 6] != '.'
                || !isDigit(a[from + 7])) {
            throw new HttpProtocolException(400, "Malformed request line '" + quote(a, lineStart, to)
                    + "': the version must be HTTP/1.1 or HTTP/1.0.");
        }
        if (a[from + 5] != '1') {
            throw new HttpProtocolException(505,
                    quote(a, from, to) + " is not supported; this server speaks HTTP/1.1 and HTTP/1.0.");
        }
        return a[from + 7] != '0';
    }

    /** The known methods as constants, others as sent. */
    private static String method(byte[] a, int from, int to) {
        for (String known : KNOWN_METHODS) {
            if (to - from == known.length() && startsWith(a, from, known)) {
                return known;
            }
        }
        return new String(a, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** The path of a request-target: without the query, and without scheme and host in absolute form. */
    private static String pathOf(String target) {
        int start = 0;
        if (target.regionMatches(true, 0, "http://", 0, 7) || target.regionMatches(true, 0, "https://", 0, 8)) {
            start = target.indexOf("//") + 2;
            while (start < target.length() && target.charAt(start) != '/' && target.charAt(start) != '?') {
                start++;
            }
            if (start == target.length() || target.charAt(start) == '?') {
                return "/";
            }
        }
        int query = target.indexOf('?', start);
        return start == 0 && query < 0 ? target : target.substring(start, query < 0 ? target.length() : query);
    }

    /** The fields of one head, as they are read. */
    private static final class Fields {
        private long contentLength = -1;
        private String transferEncoding;
        private String contentType;
        private boolean close;
        private boolean keepAlive;
        private boolean expectContinue;
        private int hosts;

        void add(byte[] a, int from, int to) throws HttpProtocolException {
            if (a[from] == ' ' || a[from] == '\t') {
                throw new HttpProtocolException(400, "A header line starts with white space (obsolete line folding): '"
                        + quote(a, from, to) + "'. Send each field on one line.");
            }
            int colon = indexOf(a, from, to, ':');
            if (colon < 0 || !isToken(a, from, colon)) {
                throw malformedField(a, from, to);
            }
            int value = colon + 1;
            int valueEnd = to;
            while (value < valueEnd && isWhitespace(a[value])) {
                value++;
            }
            while (valueEnd > value && isWhitespace(a[valueEnd - 1])) {
                valueEnd--;
            }
            for (int i = value; i < valueEnd; i++) {
                if (isControl(a[i]) && a[i] != '\t') {
                    throw malformedField(a, from, to);
                }
            }
            if (nameIs(a, from, colon, HOST)) {
                host(a, value, valueEnd);
            } else if (nameIs(a, from, colon, CONTENT_LENGTH)) {
                contentLength(a, value, valueEnd);
            } else if (nameIs(a, from, colon, TRANSFER_ENCODING)) {
                String codings = text(a, value, valueEnd);
                transferEncoding = transferEncoding == null ? codings : transferEncoding + ", " + codings;
            } else if (nameIs(a, from, colon, CONNECTION)) {
                for (String option : text(a, value, valueEnd).split(",")) {
                    close |= option.strip().equalsIgnoreCase("close");
                    keepAlive |= option.strip().equalsIgnoreCase("keep-alive");
                }
            } else if (nameIs(a, from, colon, EXPECT)) {
                expectContinue |= text(a, value, valueEnd).equalsIgnoreCase("100-continue");
            } else if (nameIs(a, from, colon, CONTENT_TYPE) && contentType == null) {
                contentType = text(a, value, valueEnd);
            }
        }

        /** At most one Host field, whose value is a host and port (RFC 9112 section 3.2). */
        private void host(byte[] a, int from, int to) throws HttpProtocolException {
            if (++hosts > 1) {
                throw new HttpProtocolException(400, "The request has more than one Host field; send exactly one.");
            }
            if (!isHostAndPort(a, from, to)) {
                throw new HttpProtocolException(400, "Invalid Host '" + quote(a, from, to)
                        + "': it must be the server's name or address and port, such as 127.0.0.1:8080.");
            }
        }

        /** A list of equal decimal values, as several fields or joined by commas (RFC 9110 section 8.6). */
        private void contentLength(byte[] a, int from, int to) throws HttpProtocolException {
            for (String item : text(a, from, to).split(",", -1)) {
                long value = decimal(item.strip());
                if (value < 0) {
                    throw new HttpProtocolException(400, "Invalid Content-Length '" + quote(a, from, to)
                            + "': it must be the body's size in bytes, a decimal number such as 27.");
                }
                if (contentLength >= 0 && contentLength != value) {
                    throw new HttpProtocolException(400, "Conflicting Content-Length values (" + contentLength + " and "
                            + value + "); send one Content-Length with the body's size.");
                }
                contentLength = value;
            }
        }

        RequestHead head(String method, String target, boolean http11) throws HttpProtocolException {
            if (http11 && hosts == 0) {
                throw new HttpProtocolException(400, "An HTTP/1.1 request must have a Host field; send one with the"
                        + " server's name or address and port, such as Host: 127.0.0.1:8080.");
            }
            if (transferEncoding != null) {
                if (contentLength >= 0) {
                    throw new HttpProtocolException(400,
                            "The request has both Content-Length and Transfer-Encoding; send only one of them.");
                }
                if (!http11) {
                    throw new HttpProtocolException(400,
                            "Transfer-Encoding is not allowed in an HTTP/1.0 request; send Content-Length instead.");
                }
                if (!transferEncoding.equalsIgnoreCase("chunked")) {
                    throw new HttpProtocolException(501, "Transfer-Encoding '" + transferEncoding + "' is not "
                            + "supported; send the body with Content-Length or with Transfer-Encoding: chunked.");
                }
            }
            boolean persistent = !close && (http11 || keepAlive);
            return new RequestHead(method, pathOf(target), http11, contentType, contentLength,
                    transferEncoding != null, persistent, http11 && expectContinue);
        }

        private static HttpProtocolException malformedField(byte[] a, int from, int to) {
            return new HttpProtocolException(400, "Malformed header line '" + quote(a, from, to)
                    + "'; expected Name: value, with no space before the colon and no control characters.");
        }
    }

    /** 1*DIGIT as a number, saturating at Long.MAX_VALUE; -1 when it is not one. */
    private static long decimal(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : value * 10 + digit;
        }
        return value;
    }

    private static int indexOf(byte[] a, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int withoutCr(byte[] a, int lineStart, int lf) {
        return lf > lineStart && a[lf - 1] == '\r' ? lf - 1 : lf;
    }

    private static boolean nameIs(byte[] a, int from, int to, byte[] lowerCaseName) {
        if (to - from != lowerCaseName.length) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length; i++) {
            int c = a[from + i];
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != lowerCaseName[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] a, int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (a[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 token: one or more {@link #isTokenChar}. */
    private static boolean isToken(byte[] a, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isTokenChar(a[i])) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 tchar: ALPHA, DIGIT or one of {@code !#$%&'*+-.^_`|~}. */
    static boolean isTokenChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /** A request-target: visible ASCII, no spaces. */
    private static boolean isTarget(byte[] a, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (a[i] <= ' ' || a[i] == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only characters that a uri-host and port can have (RFC 3986: unreserved, percent
     * escapes, sub-delims, the colon and the brackets of an IPv6 literal); may be empty.
     */
    private static boolean isHostAndPort(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = a[i];
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(a[i]);
            if (!alphanumeric && "-._~%!$&'()*+,;=:[]".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t';
    }

    /** C0 controls and DEL; bytes from 0x80 (obs-text) are not. */
    static boolean isControl(byte b) {
        return (b >= 0 && b < ' ') || b == 0x7f;
    }

    private static String text(byte[] a, int from, int to) {
        return new String(a, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Bytes to show in a message: control characters escaped, cut after a few dozen characters. */
    private static String quote(byte[] a, int from, int to) {
        String text = TextCodec.escapeControls(text(a, from, Math.min(to, from + QUOTED_CHARS)));
        return to - from > QUOTED_CHARS ? text + "…" : text;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
