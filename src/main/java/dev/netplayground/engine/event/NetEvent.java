package dev.netplayground.engine.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened at an endpoint. Immutable.
 *
 * @param sequence   position in the log, starting at 1, unique per log
 * @param epochNanos wall-clock time in nanoseconds since the epoch
 * @param endpoint   id of the server or client that logged it, e.g. {@code tcp-server-1}
 * @param kind       what happened
 * @param direction  which way bytes moved
 * @param peer       the remote address ({@code host:port}), or empty
 * @param bytes      how many bytes moved (0 when none)
 * @param payload    a bounded preview of those bytes
 * @param message    a human sentence, e.g. the reason of a failure; may be empty
 */
public record NetEvent(
        long sequence,
        long epochNanos,
        String endpoint,
        EventKind kind,
        Direction direction,
        String peer,
        long bytes,
        Payload payload,
        String message) {

    public NetEvent {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        peer = peer == null ? "" : peer;
        payload = payload == null ? Payload.NONE : payload;
        message = message == null ? "" : message;
    }

    public Instant time() {
        return Instant.ofEpochSecond(0, epochNanos);
    }

    /** What a person reads in one line: the message, else the payload preview. */
    public String summary() {
        if (!message.isEmpty()) {
            return message;
        }
        return payload.display();
    }
}
