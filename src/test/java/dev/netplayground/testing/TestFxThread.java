package dev.netplayground.testing;

import dev.netplayground.engine.event.EventListener;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The FX thread of a view-model test, without a window: the test's own thread. View-models get
 * it as their FX executor; what they hand it, and the log's events in batches (as the event
 * pump delivers them), run on the test thread only inside {@link #runUntil}. So a view-model
 * is driven exactly as on the FX thread: one thread, no locks, nothing between turns.
 */
public final class TestFxThread implements Executor, EventListener {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Runnable WAKE = () -> { };

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Queue<NetEvent> events = new ConcurrentLinkedQueue<>();
    private final List<Consumer<List<NetEvent>>> consumers = new ArrayList<>();

    /** Takes the log's events, for the consumers given to {@link #follow}. */
    public static TestFxThread on(EventLog log) {
        TestFxThread thread = new TestFxThread();
        log.subscribe(thread);
        return thread;
    }

    /** Delivers the log's events to {@code consumer} (a view-model's onEvents), in batches. */
    public void follow(Consumer<List<NetEvent>> consumer) {
        consumers.add(consumer);
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    @Override
    public void onEvent(NetEvent event) {
        events.add(event);
        tasks.add(WAKE);
    }

    /** Runs tasks and event batches on this thread until {@code done} holds; fails after {@link #TIMEOUT}. */
    public void runUntil(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            Runnable task = left > 0 ? tasks.poll(left, TimeUnit.NANOSECONDS) : null;
            if (task == null) {
                throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
            }
            task.run();
            deliverEvents();
        }
    }

    private void deliverEvents() {
        List<NetEvent> batch = new ArrayList<>();
        for (NetEvent event; (event = events.poll()) != null; ) {
            batch.add(event);
        }
        if (!batch.isEmpty()) {
            consumers.forEach(consumer -> consumer.accept(batch));
        }
    }
}
