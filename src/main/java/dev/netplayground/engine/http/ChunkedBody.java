package dev.netplayground.engine.http;

import dev.netplayground.engine.codec.PendingBytes;

/**
 * A body sent with {@code Transfer-Encoding: chunked} (RFC 9112 section 7.1), decoded as it
 * arrives: sizes in hex, chunk extensions skipped, the trailer section's field lines read and
 * dropped. Every line must end in CRLF: leniency about chunk framing is how requests get
 * smuggled past proxies that read it another way. Loop thread only.
 */
final class ChunkedBody implements BodyReader {
    private static final int MAX_SIZE_LINE_BYTES = 1024;

    private enum State {
        SIZE, EXTENSION, SIZE_LF, DATA, DATA_CR, DATA_LF,
        TRAILER_LINE_START, TRAILER_NAME, TRAILER_VALUE, TRAILER_LF, END_LF, DONE
    }

    private final int maxBodyBytes;
    private final boolean keep;
    private State state = State.SIZE;
    private final PendingBytes bytes;
    private int length;
    // In SIZE: the size read so far; in DATA: what is left of the chunk.
    private long chunk;
    private int lineBytes;
    private int trailerBytes;

    /** @param keep false to skip the body: it is read only to reach the next request */
    ChunkedBody(int maxBodyBytes, boolean keep) {
        this.maxBodyBytes = maxBodyBytes;
        this.keep = keep;
        this.bytes = new PendingBytes(maxBodyBytes);
    }

    @Override
    public int read(byte[] a, int from, int to) throws HttpProtocolException {
        int pos = from;
        while (pos < to && state != State.DONE) {
            if (state == State.DATA) {
                int n = (int) Math.min(chunk, to - pos);
                append(a, pos, n);
                pos += n;
                chunk -= n;
                if (chunk == 0) {
                    state = State.DATA_CR;
                }
                continue;
            }
            byte b = a[pos++];
            switch (state) {
                case SIZE -> size(b);
                case EXTENSION -> extension(b);
                case SIZE_LF -> {
                    expect(b == '\n', "a chunk size line does not end in CRLF");
                    endOfSizeLine();
                }
                case DATA_CR -> {
                    expect(b == '\r', "a chunk is longer than its size says");
                    state = State.DATA_LF;
                }
                case DATA_LF -> {
                    expect(b == '\n', "a chunk's data is not followed by CRLF");
                    state = State.SIZE;
                }
                case TRAILER_LINE_START -> state = b == '\r' ? State.END_LF : trailerName(b);
                case TRAILER_NAME -> state = b == ':' ? trailerColon() : trailerName(b);
                case TRAILER_VALUE -> state = b == '\r' ? State.TRAILER_LF : trailerValue(b);
                case TRAILER_LF -> {
                    expect(b == '\n', "a trailer line does not end in CRLF");
                    state = State.TRAILER_LINE_START;
                }
                case END_LF -> {
                    expect(b == '\n', "the body does not end with an empty line (CRLF)");
                    state = State.DONE;
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        return pos;
    }

    private void size(byte b) throws HttpProtocolException {
        int digit = hexDigit(b);
        if (digit >= 0) {
            lineBytes++;
            expect(lineBytes <= MAX_SIZE_LINE_BYTES,
                    "a chunk size line is longer than " + MAX_SIZE_LINE_BYTES + " bytes");
            chunk = chunk * 16 + digit;
            if (length + chunk > maxBodyBytes) {
                throw new HttpProtocolException(413, Reply.tooLarge(maxBodyBytes).text());
            }
            return;
        }
        expect(lineBytes > 0, "a chunk does not start with its size in hex");
        if (b == ';' || b == ' ' || b == '\t') {
            state = State.EXTENSION;
        } else {
            expect(b == '\r', "a chunk size is not a hex number followed by CRLF");
            state = State.SIZE_LF;
        }
    }

    private void extension(byte b) throws HttpProtocolException {
        lineBytes++;
        expect(lineBytes <= MAX_SIZE_LINE_BYTES, "a chunk size line is longer than " + MAX_SIZE_LINE_BYTES + " bytes");
        if (b == '\r') {
            state = State.SIZE_LF;
        } else {
            expect(b == '\t' || (b >= ' ' && b != 0x7f), "a chunk extension has a control character");
        }
    }

    private void endOfSizeLine() {
        lineBytes = 0;
        state = chunk == 0 ? State.TRAILER_LINE_START : State.DATA;
    }

    /** A trailer line is a field line (RFC 9112 section 7.1.2): a token, a colon, a value without controls. */
    private State trailerName(byte b) throws HttpProtocolException {
        expect(HeadParser.isTokenChar(b), "a trailer line is not a field line (Name: value)");
        countTrailerByte();
        return State.TRAILER_NAME;
    }

    private State trailerColon() throws HttpProtocolException {
        countTrailerByte();
        return State.TRAILER_VALUE;
    }

    private State trailerValue(byte b) throws HttpProtocolException {
        expect(b != '\n', "a trailer line does not end in CRLF");
        expect(!HeadParser.isControl(b) || b == '\t', "a trailer field has a control character");
        countTrailerByte();
        return State.TRAILER_VALUE;
    }

    private void countTrailerByte() throws HttpProtocolException {
        if (++trailerBytes > HeadParser.MAX_HEAD_BYTES) {
            throw new HttpProtocolException(431, "The trailer section of the chunked body is larger than the limit of "
                    + HeadParser.MAX_HEAD_BYTES + " bytes.");
        }
    }

    private void append(byte[] a, int from, int n) {
        if (keep) {
            bytes.append(a, from, n);
        }
        length += n;
    }

    private static int hexDigit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
    }

    private static void expect(boolean condition, String problem) throws HttpProtocolException {
        if (!condition) {
            throw new HttpProtocolException(400, "Malformed chunked body: " + problem
                    + ". Send each chunk as its size in hex, CRLF, the bytes, CRLF, and end with 0, CRLF, CRLF.");
        }
    }

    @Override
    public boolean isComplete() {
        return state == State.DONE;
    }

    @Override
    public byte[] body() {
        return keep ? bytes.toArray() : EMPTY;
    }
}
