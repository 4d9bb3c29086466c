package dev.netplayground.engine.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Owns every thread the engine runs: a virtual-thread executor for connection work, a
 * cached pool of named daemon platform threads for blocking models and event loops, and one
 * timer thread for periodic chores.
 * Nothing in the engine creates a thread elsewhere (but the spill writer, owned by its file).
 */
public final class EngineThreads implements AutoCloseable {
    private final ExecutorService virtual =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("netpg-virtual-", 1).factory());
    // Every platform thread made, so close() can wait until each is really gone; pruned as they die.
    private final Set<Thread> platformThreads = ConcurrentHashMap.newKeySet();
    private final ThreadFactory platformFactory = Thread.ofPlatform().name("netpg-platform-", 1).daemon().factory();
    // A cached pool whose idle threads end after 2 s (not 60), so a finished blocking server's
    // threads are gone by the time anyone counts threads again.
    private final ExecutorService platform = new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS, new SynchronousQueue<>(), this::newPlatformThread);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(this::newPlatformThread);
    private int pruneAt = 64;

    private synchronized Thread newPlatformThread(Runnable task) {
        if (platformThreads.size() >= pruneAt) {
            platformThreads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);
            pruneAt = Math.max(64, platformThreads.size() * 2);
        }
        Thread thread = platformFactory.newThread(task);
        platformThreads.add(thread);
        return thread;
    }

    /** Runs a task on a new virtual thread. */
    public void virtual(String name, Runnable task) {
        virtual.execute(named(name, task));
    }

    /** Runs a short task every {@code periodMillis} on the engine's one timer thread, until the future is cancelled. */
    public Future<?> every(long periodMillis, Runnable task) {
        return timer.scheduleAtFixedRate(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs a short task once, {@code delayMillis} from now, on the engine's timer thread. */
    public Future<?> after(long delayMillis, Runnable task) {
        return timer.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs front-end work (a click's slow part) on virtual threads owned here. */
    public java.util.concurrent.Executor tasks() {
        return virtual;
    }

    /** An executor that runs tasks in order, one at a time, on virtual threads. */
    public SerialExecutor serialVirtual() {
        return new SerialExecutor(virtual);
    }

    /** Runs a task on a named platform thread (a thread of its own while it runs). */
    public void platform(String name, Runnable task) {
        platform.execute(named(name, task));
    }

    private static Runnable named(String name, Runnable task) {
        return () -> {
            Thread thread = Thread.currentThread();
            String previous = thread.getName();
            thread.setName("netpg-" + name);
            try {
                task.run();
            } finally {
                thread.setName(previous);
            }
        };
    }

    /** Stops accepting work and waits up to 5 s for running tasks, then interrupts them. */
    @Override
    public void close() {
        timer.shutdownNow();
        virtual.shutdown();
        platform.shutdown();
        try {
            if (!virtual.awaitTermination(5, TimeUnit.SECONDS)) {
                virtual.shutdownNow();
            }
            if (!platform.awaitTermination(5, TimeUnit.SECONDS)) {
                platform.shutdownNow();
            }
            platform.awaitTermination(1, TimeUnit.SECONDS);
            timer.awaitTermination(1, TimeUnit.SECONDS);
            // A terminated pool's workers may still be unwinding; wait for them to be gone.
            for (Thread thread : platformThreads) {
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            virtual.shutdownNow();
            platform.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public boolean isTerminated() {
        return virtual.isTerminated() && platform.isTerminated() && timer.isTerminated();
    }
}
