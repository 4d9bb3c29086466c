package dev.netplayground.engine.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * The talk's future example: task 1 prints "Started task1", sleeps, prints "Finished task1";
 * task 2 the same with a shorter sleep. Run one after the other (blocking) the order is
 * 1, 1, 2, 2 and the total is the sum; run concurrently and joined it is 1, 2, 2, 1 and the
 * total is the longest. Each run records a timeline.
 */
public final class FutureDemo {
    /** How the two tasks run. */
    public enum Mode { BLOCKING, CONCURRENT }

    /** One line of the timeline: what a task printed, and when (ms since the run began). */
    public record Step(String task, String what, long atMillis) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%6d ms  %s %s", atMillis, what, task);
        }
    }

    /** A finished run: its steps in the order they happened, and the total time. */
    public record Run(Mode mode, List<Step> steps, long totalMillis) {}

    private FutureDemo() {}

    /** Runs both tasks in the given mode on the caller's thread (concurrent mode uses two virtual threads). */
    public static Run run(Mode mode, Duration task1, Duration task2) throws InterruptedException {
        long start = System.nanoTime();
        List<Step> steps = Collections.synchronizedList(new ArrayList<>());
        if (mode == Mode.BLOCKING) {
            task("task1", task1, start, steps);
            task("task2", task2, start, steps);
        } else {
            ThreadFactory named = Thread.ofVirtual().name("netpg-future-", 1).factory();
            try (ExecutorService tasks = Executors.newThreadPerTaskExecutor(named)) {
                Future<?> first = tasks.submit(() -> task("task1", task1, start, steps));
                Future<?> second = tasks.submit(() -> task("task2", task2, start, steps));
                first.get();
                second.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a demo task failed", e.getCause());
            }
        }
        return new Run(mode, List.copyOf(steps), millisSince(start));
    }

    private static Void task(String name, Duration sleep, long start, List<Step> steps) throws InterruptedException {
        steps.add(new Step(name, "Started", millisSince(start)));
        Thread.sleep(sleep);
        steps.add(new Step(name, "Finished", millisSince(start)));
        return null;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
