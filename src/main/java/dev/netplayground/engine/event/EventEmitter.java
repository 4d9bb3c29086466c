package dev.netplayground.engine.event;

import java.time.Instant;

/** Builds and publishes the events of one endpoint. Thread-safe. */
public final class EventEmitter {
    private final EventLog log;
    private final String endpoint;
    private final int previewBytes;

    EventEmitter(EventLog log, String endpoint, int previewBytes) {
        this.log = log;
        this.endpoint = endpoint;
        this.previewBytes = previewBytes;
    }

    public String endpoint() {
        return endpoint;
    }

    /** An event that carries no bytes. */
    public void emit(EventKind kind, String peer, String message) {
        publish(kind, peer, 0, Payload.NONE, message);
    }

    /** An event that moved {@code length} bytes of {@code data} starting at {@code offset}. */
    public void emitData(EventKind kind, String peer, byte[] data, int offset, int length, String message) {
        publish(kind, peer, length, Payload.of(data, offset, length, previewBytes), message);
    }

    public void emitData(EventKind kind, String peer, byte[] data) {
        emitData(kind, peer, data, 0, data.length, "");
    }

    private void publish(EventKind kind, String peer, long bytes, Payload payload, String message) {
        log.publish(new NetEvent(
                log.nextSequence(), nowNanos(), endpoint, kind, Direction.of(kind), peer, bytes, payload, message));
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
