package dev.netplayground.engine.core;

import dev.netplayground.engine.event.EventListener;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A short task run every period on the engine's timer, only while the engine is busy: every
 * event the log publishes wakes it, and it goes to sleep after a run that follows a period with
 * no event and no active endpoint (that last run sees the quiet state, e.g. a rate falling to
 * zero). At rest the timer thread does not wake at all. Thread-safe.
 */
public final class BusyChore implements EventListener {
    private final EngineThreads threads;
    private final EventLog log;
    private final long periodMillis;
    private final Runnable task;
    private final BooleanSupplier anyActive;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean eventSinceRun;
    private volatile boolean cancelled;

    BusyChore(EngineThreads threads, EventLog log, long periodMillis, Runnable task, BooleanSupplier anyActive) {
        this.threads = threads;
        this.log = log;
        this.periodMillis = periodMillis;
        this.task = task;
        this.anyActive = anyActive;
    }

    /** Network threads: one volatile read per event while awake. */
    @Override
    public void onEvent(NetEvent event) {
        if (!eventSinceRun) {
            eventSinceRun = true;
        }
        wake();
    }

    /** Any thread: starts following the log's events; runs the task a period from now, and on while busy. */
    void start() {
        log.subscribe(this);
        wake();
    }

    private void wake() {
        if (!scheduled.get() && !cancelled && scheduled.compareAndSet(false, true)) {
            schedule();
        }
    }

    private void schedule() {
        try {
            threads.after(periodMillis, this::run);
        } catch (RejectedExecutionException e) {
            scheduled.set(false); // the engine has shut down
        }
    }

    private void run() {
        if (cancelled) {
            scheduled.set(false);
            return;
        }
        boolean busy = eventSinceRun || anyActive.getAsBoolean();
        eventSinceRun = false;
        task.run();
        if (busy) {
            schedule();
            return;
        }
        scheduled.set(false);
        if (eventSinceRun) {
            wake(); // an event came while it went to sleep
        }
    }

    /** Whether it is due to run (false once the engine has been quiet for a period). */
    public boolean isAwake() {
        return scheduled.get();
    }

    /** Stops it for good; a run already going finishes. */
    public void cancel() {
        cancelled = true;
        log.unsubscribe(this);
    }
}
