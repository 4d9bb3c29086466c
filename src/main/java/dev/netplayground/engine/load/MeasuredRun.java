package dev.netplayground.engine.load;

import dev.netplayground.engine.core.Endpoint;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a load run of either kind measures and how it ends: the latencies, the connections made, the failures
 * by kind, and the future its result completes. Thread-safe.
 *
 * @param <C> the run's configuration
 * @param <R> its result
 */
public abstract class MeasuredRun<C, R> implements Endpoint {
    private final String id;
    final C config;
    private final EventEmitter events;
    private final Runnable onClosed;
    private final LatencyHistogram latencies = new LatencyHistogram();
    private final AtomicLong connected = new AtomicLong();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final CompletableFuture<R> done = new CompletableFuture<>();

    MeasuredRun(String id, C config, EventEmitter events, Runnable onClosed) {
        this.id = id;
        this.config = config;
        this.events = events;
        this.onClosed = onClosed;
    }

    /** The figures so far (final once {@link #done} completes). */
    public abstract R result();

    void countConnected() {
        connected.incrementAndGet();
    }

    void countError(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    void recordLatency(long nanos) {
        latencies.record(nanos);
    }

    Latencies latencyFigures() {
        return Latencies.of(latencies);
    }

    /** The failures so far by kind, in the order of their names. */
    Map<String, Long> errorCounts() {
        Map<String, Long> counts = new TreeMap<>();
        errors.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    /** Logs the end as {@code summary} says it for {@code endpoint}, tells the owner and completes {@link #done}. */
    void finish(String endpoint, String summary, R result) {
        events.emit(EventKind.STOPPED, endpoint, summary);
        onClosed.run();
        done.complete(result);
    }

    /** The latencies so far, to take an interval's from (see {@link LatencyHistogram.Snapshot#since}). */
    public LatencyHistogram.Snapshot latencies() {
        return latencies.snapshot();
    }

    public long connected() {
        return connected.get();
    }

    public C config() {
        return config;
    }

    /** Completes with the result when the run is over or was closed. */
    public CompletableFuture<R> done() {
        return done;
    }

    @Override
    public String id() {
        return id;
    }
}
