package dev.netplayground.engine.http;

import java.time.Duration;

/** What the server answers: a status, a plain-text body, and the {@code Allow} header for 405. */
record Reply(int status, String text, String allow) {
    static Reply of(int status, String text) {
        return new Reply(status, text, null);
    }

    static Reply tooLarge(int maxBodyBytes) {
        return of(413, "The body is larger than the limit of " + maxBodyBytes + " bytes.");
    }

    static Reply busy(int maxConnections) {
        return of(503, "The server has reached its limit of " + maxConnections + " connections; try again later.");
    }

    static Reply headTimedOut(Duration headTimeout) {
        return of(408, "The request head (request line and header fields) did not arrive whole within "
                + Durations.text(headTimeout) + " of its first byte; closed the connection.");
    }
}
