package dev.netplayground.engine.http;

import java.io.IOException;

/** Bytes from a server that are not an HTTP/1.1 response this client can read. */
public final class BadResponseException extends IOException {
    public BadResponseException(String message) {
        super(message);
    }
}
