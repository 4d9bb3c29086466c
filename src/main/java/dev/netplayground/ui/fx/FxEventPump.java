package dev.netplayground.ui.fx;

import dev.netplayground.engine.event.EventListener;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * The one bridge from network threads to the FX thread. Network threads only enqueue
 * ({@link #onEvent}, lock-free); once per pulse the FX thread drains the queue and hands one
 * batch to every consumer. If the FX thread falls behind by more than {@code maxQueued}
 * events, the oldest queued ones are skipped for the window and counted (the log keeps them).
 */
public final class FxEventPump implements EventListener {
    public static final int DEFAULT_MAX_QUEUED = 200_000;
    /** With no events, consumers still get an empty batch this often, to refresh rates and counters. */
    static final long HEARTBEAT_NANOS = 500_000_000L;

    private final EventLog log;
    private final int maxQueued;
    private final Queue<NetEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong skipped = new AtomicLong();
    private final List<Consumer<List<NetEvent>>> consumers = new CopyOnWriteArrayList<>();
    private long lastDelivery = System.nanoTime();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };

    public FxEventPump(EventLog log) {
        this(log, DEFAULT_MAX_QUEUED);
    }

    public FxEventPump(EventLog log, int maxQueued) {
        this.log = log;
        this.maxQueued = maxQueued;
    }

    /** Network threads: lock-free enqueue. */
    @Override
    public void onEvent(NetEvent event) {
        queue.add(event);
        if (queued.incrementAndGet() > maxQueued && queue.poll() != null) {
            queued.decrementAndGet();
            skipped.incrementAndGet();
        }
    }

    /** FX thread: adds a consumer of batches. */
    public void addConsumer(Consumer<List<NetEvent>> consumer) {
        consumers.add(consumer);
    }

    public void removeConsumer(Consumer<List<NetEvent>> consumer) {
        consumers.remove(consumer);
    }

    /**
     * FX thread (or a test's thread): hands everything queued so far to the consumers as one
     * batch; an empty batch at most every half second when nothing happened.
     */
    public void drain() {
        int count = queued.get();
        long now = System.nanoTime();
        if (count == 0 && now - lastDelivery < HEARTBEAT_NANOS) {
            return;
        }
        lastDelivery = now;
        List<NetEvent> batch = new ArrayList<>(count);
        NetEvent event;
        while (batch.size() < count && (event = queue.poll()) != null) {
            batch.add(event);
        }
        queued.addAndGet(-batch.size());
        List<NetEvent> view = List.copyOf(batch);
        for (Consumer<List<NetEvent>> consumer : consumers) {
            consumer.accept(view);
        }
    }

    /** Events the window skipped because it fell behind (all are still in the log). */
    public long skipped() {
        return skipped.get();
    }

    /** FX thread: subscribes to the log and starts draining once per pulse. */
    public void start() {
        log.subscribe(this);
        timer.start();
    }

    /** FX thread: stops draining and unsubscribes. */
    public void stop() {
        timer.stop();
        log.unsubscribe(this);
    }
}
