package dev.netplayground.ui.fx;

import dev.netplayground.engine.core.BusyChore;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventListener;
import dev.netplayground.engine.event.NetEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The one bridge from network threads to the FX thread. Network threads only enqueue
 * ({@link #onEvent}, lock-free); once per pulse the FX thread drains the queue and hands one
 * batch to every consumer. If the FX thread falls behind by more than {@code maxQueued}
 * events, the oldest queued ones are skipped for the window and counted (the log keeps them).
 *
 * <p>Under traffic it hands over at most one batch per {@link #MIN_GAP_MILLIS}: a table that
 * moves ten times a second is as readable as one that moves sixty times, and costs a sixth of
 * the layout and rendering, which keeps the window answering clicks. An event after a quiet
 * spell is handed over at the next pulse.
 *
 * <p>It costs nothing at rest: its pulse timer runs only while events are pending and stops
 * at the first pulse with nothing to hand over. While an endpoint is active, a heartbeat from
 * the engine's timer (every {@link #HEARTBEAT_MILLIS}, only while the engine is busy) delivers
 * an empty batch so that rates and counters refresh when no event comes.
 */
public final class FxEventPump implements EventListener {
    public static final int DEFAULT_MAX_QUEUED = 200_000;
    static final long HEARTBEAT_MILLIS = 500;
    static final long MIN_GAP_MILLIS = 100;

    private final Engine engine;
    private final Executor fx;
    private final int maxQueued;
    private final Queue<NetEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicBoolean heartbeatDue = new AtomicBoolean();
    // True from the first wake-up until a pulse finds nothing to do; at most one FX task queued.
    private final AtomicBoolean awake = new AtomicBoolean();
    private final AtomicLong deliveries = new AtomicLong();
    private final List<Consumer<List<NetEvent>>> consumers = new CopyOnWriteArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };
    private long lastDelivery = System.nanoTime() - MIN_GAP_MILLIS * 1_000_000;
    private BusyChore heartbeat;
    private boolean started;

    public FxEventPump(Engine engine) {
        this(engine, Platform::runLater, DEFAULT_MAX_QUEUED);
    }

    /** @param fx runs tasks on the FX thread (tests may run them in place) */
    public FxEventPump(Engine engine, Executor fx, int maxQueued) {
        this.engine = engine;
        this.fx = fx;
        this.maxQueued = maxQueued;
    }

    /**
     * Runs tasks on the FX thread: the one way the rest of the UI gets there (an endpoint's
     * start or stop finishing on an engine thread), so tests can run them in place.
     */
    public Executor fxThread() {
        return fx;
    }

    /** Network threads: lock-free enqueue; wakes the FX thread if it sleeps. */
    @Override
    public void onEvent(NetEvent event) {
        queue.add(event);
        if (queued.incrementAndGet() > maxQueued && queue.poll() != null) {
            queued.decrementAndGet();
            skipped.incrementAndGet();
        }
        wake();
    }

    /** Any thread: asks for an empty batch at the next pulse (counters and rates refresh). */
    void heartbeat() {
        heartbeatDue.set(true);
        wake();
    }

    private void wake() {
        if (!awake.get() && awake.compareAndSet(false, true)) {
            fx.execute(this::startPulses);
        }
    }

    private void startPulses() {
        if (started) {
            timer.start();
        } else {
            awake.set(false);
        }
    }

    /** FX thread, each pulse while awake: delivers what is pending (once per gap), or goes to sleep. */
    private void onPulse(long now) {
        if (now - lastDelivery < MIN_GAP_MILLIS * 1_000_000) {
            return;
        }
        if (drain()) {
            lastDelivery = now;
        } else {
            timer.stop();
            awake.set(false);
            // An event that came between the drain and going to sleep must not wait for the next one.
            if (queued.get() > 0 || heartbeatDue.get()) {
                wake();
            }
        }
    }

    /** FX thread: subscribes to the log, starts the heartbeat, wakes for what is already queued. */
    public void start() {
        started = true;
        engine.log().subscribe(this);
        heartbeat = engine.whileBusy(HEARTBEAT_MILLIS, () -> {
            if (engine.anyActive()) {
                heartbeat();
            }
        });
        if (queued.get() > 0) {
            wake();
        }
    }

    /** FX thread (or a test's thread): adds a consumer of batches. */
    public void addConsumer(Consumer<List<NetEvent>> consumer) {
        consumers.add(consumer);
    }

    public void removeConsumer(Consumer<List<NetEvent>> consumer) {
        consumers.remove(consumer);
    }

    /**
     * FX thread (or a test's thread): hands everything queued so far to the consumers as one
     * batch, or an empty batch when a heartbeat is due. Returns false when there was nothing.
     */
    public boolean drain() {
        boolean beat = heartbeatDue.getAndSet(false);
        int count = queued.get();
        if (count == 0 && !beat) {
            return false;
        }
        List<NetEvent> batch = new ArrayList<>(count);
        NetEvent event;
        while (batch.size() < count && (event = queue.poll()) != null) {
            batch.add(event);
        }
        queued.addAndGet(-batch.size());
        deliveries.incrementAndGet();
        List<NetEvent> view = List.copyOf(batch);
        for (Consumer<List<NetEvent>> consumer : consumers) {
            consumer.accept(view);
        }
        return true;
    }

    /** Events the window skipped because it fell behind (all are still in the log). */
    public long skipped() {
        return skipped.get();
    }

    /** Batches handed to consumers so far (heartbeats included): zero growth means the FX thread rests. */
    public long deliveries() {
        return deliveries.get();
    }

    /** FX thread: stops the heartbeat and the pulses, and unsubscribes. */
    public void stop() {
        started = false;
        if (heartbeat != null) {
            heartbeat.cancel();
        }
        timer.stop();
        awake.set(false);
        engine.log().unsubscribe(this);
    }
}
