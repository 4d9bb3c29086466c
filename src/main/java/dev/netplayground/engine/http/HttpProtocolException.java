package dev.netplayground.engine.http;

/**
 * Bytes that are not a request this server can take (bad framing, a head too large, a
 * version it does not speak); carries the answer to send before closing the connection.
 */
final class HttpProtocolException extends Exception {
    private final transient Reply reply;

    HttpProtocolException(int status, String text) {
        super(text, null, false, false); // No stack trace: bad input is not a bug.
        this.reply = Reply.of(status, text);
    }

    Reply reply() {
        return reply;
    }
}
