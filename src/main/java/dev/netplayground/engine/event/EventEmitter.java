package dev.netplayground.engine.event;

import java.time.Instant;
import java.util.function.Supplier;

/** Builds and publishes the events of one endpoint. Thread-safe. */
public final class EventEmitter {
    static final String UNEXPLAINED_FAILURE = "failed, and the failure gave no reason (please report this).";

    private final EventLog log;
    private final String endpoint;
    private final int previewBytes;
    private final DataEventBudget budget;

    EventEmitter(EventLog log, String endpoint, int previewBytes, int dataEventsPerSecond) {
        this.log = log;
        this.endpoint = endpoint;
        this.previewBytes = previewBytes;
        this.budget = new DataEventBudget(dataEventsPerSecond);
    }

    public String endpoint() {
        return endpoint;
    }

    /** An event that carries no bytes. A failure always says something, even when its cause said nothing. */
    public void emit(EventKind kind, String peer, String message) {
        boolean silentFailure = kind == EventKind.FAILED && (message == null || message.isBlank());
        publish(kind, peer, 0, Payload.NONE, silentFailure ? UNEXPLAINED_FAILURE : message);
    }

    /**
     * An event that moved {@code length} bytes of {@code data} starting at {@code offset}.
     * Received and sent events beyond the per-second budget are counted, not logged, and
     * summarised once the second is over.
     */
    public void emitData(EventKind kind, String peer, byte[] data, int offset, int length, String message) {
        emitData(kind, peer, data, offset, length, () -> message);
    }

    /**
     * As {@link #emitData(EventKind, String, byte[], int, int, String)}, building the message
     * only when the event is logged one by one (not when the budget only counts it).
     */
    public void emitData(EventKind kind, String peer, byte[] data, int offset, int length, Supplier<String> message) {
        Direction direction = Direction.of(kind);
        if (direction != Direction.NONE) {
            publishSummary(budget.rollIfDue(System.nanoTime()));
            if (!budget.admit(direction, length)) {
                return;
            }
        }
        publish(kind, peer, length, Payload.of(data, offset, length, previewBytes), message.get());
    }

    /** Publishes the summary of a finished second, if it counted anything. Called by the engine's timer too. */
    void flushSummary() {
        flushSummaryAt(System.nanoTime());
    }

    /** As {@link #flushSummary}, at a given {@link System#nanoTime} (tests move time forward). */
    void flushSummaryAt(long nowNanos) {
        publishSummary(budget.rollIfDue(nowNanos));
    }

    private void publishSummary(DataEventBudget.Summary summary) {
        if (summary == null || summary.isEmpty()) {
            return;
        }
        if (summary.inEvents() > 0) {
            publishSummary(Direction.IN, summary.inEvents(), summary.inBytes(), "received");
        }
        if (summary.outEvents() > 0) {
            publishSummary(Direction.OUT, summary.outEvents(), summary.outBytes(), "sent");
        }
    }

    private void publishSummary(Direction direction, long events, long bytes, String what) {
        log.publish(new NetEvent(log.nextSequence(), nowNanos(), endpoint, EventKind.SUMMARY, direction, "", bytes,
                Payload.NONE, String.format(java.util.Locale.ROOT,
                        "summarised: %,d more %s events (%,d bytes) in one second, beyond the %,d logged one by one",
                        events, what, bytes, log.dataEventsPerSecond())));
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
