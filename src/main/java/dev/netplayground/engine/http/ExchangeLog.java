package dev.netplayground.engine.http;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/** How an HTTP server's requests and connections go into the event log. Thread-safe. */
final class ExchangeLog {
    private final EventEmitter events;

    ExchangeLog(EventEmitter events) {
        this.events = events;
    }

    /**
     * One answered request: received below 400, rejected from 400 on. The message is built
     * only when the event is logged one by one.
     *
     * @param head null when the request could not be read as one
     */
    void answered(String peer, RequestHead head, byte[] body, Reply reply, long startNanos) {
        double millis = (System.nanoTime() - startNanos) / 1e6;
        EventKind kind = reply.status() < 400 ? EventKind.RECEIVED : EventKind.REJECTED;
        events.emitData(kind, peer, body, 0, body.length, () -> String.format(Locale.ROOT, "%s → %d in %.2f ms: %s",
                describe(head), reply.status(), millis, reply.text()));
    }

    /** The connection ended in the middle of an exchange. */
    void brokeOff(String peer, RequestHead head, String why) {
        events.emit(EventKind.FAILED, peer, (head == null ? "" : describe(head) + ": ") + why);
    }

    /** Nothing moved on a connection for the idle timeout while a request or an answer was under way. */
    void stalled(String peer, RequestHead head, Duration idleTimeout) {
        brokeOff(peer, head, "nothing moved for " + Durations.text(idleTimeout)
                + " in the middle of the exchange; closed the connection.");
    }

    /** A connection beyond the limit was answered 503 and closed. */
    void refused(String peer, int maxConnections) {
        events.emit(EventKind.REJECTED, peer, "Refused with 503: the limit of " + maxConnections
                + " connections is reached. Close some or raise the limit.");
    }

    /** A connection beyond the limit was closed without its 503: the socket did not take it at once. */
    void refusedUnanswered(String peer, int maxConnections, long unansweredSoFar) {
        events.emit(EventKind.REJECTED, peer, "Refused: the limit of " + maxConnections
                + " connections is reached; closed without the 503, which the socket did not take at once ("
                + unansweredSoFar + " so far). Close some or raise the limit.");
    }

    /** A TLS handshake is done: protocol, cipher suite, ALPN, the client's certificate, how long it took. */
    void secured(String peer, String facts) {
        events.emit(EventKind.SECURED, peer, facts);
    }

    /** A connection to the HTTPS port carried no TLS session (plain text, a failed handshake): why, in words. */
    void refusedTls(String peer, String sentence) {
        events.emit(EventKind.FAILED, peer, sentence);
    }

    /** A connection beyond the limit was closed before its handshake: a 503 would need TLS first. */
    void refusedBeforeTls(String peer, int maxConnections) {
        events.emit(EventKind.REJECTED, peer, "Refused: the limit of " + maxConnections
                + " connections is reached; closed before the TLS handshake, without a 503. "
                + "Close some or raise the limit.");
    }

    /** A loop failed or could not accept; the message says which and what to do. */
    void loopFailed(IOException e) {
        events.emit(EventKind.FAILED, "", e.getMessage());
    }

    private static String describe(RequestHead head) {
        return head == null ? "request" : head.method() + " " + head.path();
    }
}
