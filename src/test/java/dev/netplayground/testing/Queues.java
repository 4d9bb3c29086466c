package dev.netplayground.testing;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Takes what a test waits for from a queue: within a time limit, or fails saying what did not come. */
public final class Queues {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Queues() {}

    /** The next element within {@link #TIMEOUT}; {@code what} names it in the failure. */
    public static <T> T next(BlockingQueue<T> queue, String what) throws InterruptedException {
        return next(queue, TIMEOUT, what);
    }

    /** The next element within {@code limit}; {@code what} names it in the failure. */
    public static <T> T next(BlockingQueue<T> queue, Duration limit, String what) throws InterruptedException {
        T next = queue.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            throw new AssertionError("no " + what + " within " + limit.toSeconds() + " s");
        }
        return next;
    }
}
