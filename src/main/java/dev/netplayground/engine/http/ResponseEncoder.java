package dev.netplayground.engine.http;

import java.nio.charset.StandardCharsets;

/**
 * Writes HTTP/1.1 responses: the status line, Date, Content-Type, Content-Length, Allow and
 * Connection when they apply, then the body (none for HEAD). Pure but for the clock.
 */
final class ResponseEncoder {
    static final byte[] CONTINUE = ascii("HTTP/1.1 100 Continue\r\n\r\n");

    /** How the connection goes on after a response. */
    enum Persistence {
        /** HTTP/1.1 default: no Connection field needed. */
        KEEP,
        /** An HTTP/1.0 client asked to keep it open: say so. */
        KEEP_ALIVE,
        /** The server closes it after this response. */
        CLOSE
    }

    private static final byte[] OK = ascii("HTTP/1.1 200 OK\r\n");
    private static final byte[] CONTENT_TYPE = ascii("Content-Type: text/plain; charset=utf-8\r\nContent-Length: ");
    private static final byte[] ALLOW = ascii("\r\nAllow: ");
    private static final byte[] CONNECTION_CLOSE = ascii("\r\nConnection: close");
    private static final byte[] CONNECTION_KEEP_ALIVE = ascii("\r\nConnection: keep-alive");
    private static final byte[] END_OF_HEAD = ascii("\r\n\r\n");

    private ResponseEncoder() {}

    static void write(Reply reply, boolean withBody, Persistence persistence, PendingOutput out) {
        byte[] body = reply.text().getBytes(StandardCharsets.UTF_8);
        out.write(statusLine(reply.status()));
        out.write(HttpDate.headerLine(System.currentTimeMillis()));
        out.write(CONTENT_TYPE);
        out.writeDecimal(body.length);
        if (reply.allow() != null) {
            out.write(ALLOW);
            out.write(ascii(reply.allow()));
        }
        if (persistence == Persistence.CLOSE) {
            out.write(CONNECTION_CLOSE);
        } else if (persistence == Persistence.KEEP_ALIVE) {
            out.write(CONNECTION_KEEP_ALIVE);
        }
        out.write(END_OF_HEAD);
        if (withBody) {
            out.write(body);
        }
    }

    private static byte[] statusLine(int status) {
        return status == 200 ? OK : ascii("HTTP/1.1 " + status + " " + reason(status) + "\r\n");
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "";
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
