package dev.netplayground.engine.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One selector on one platform thread, serving the channels registered with it. Other threads
 * hand it work through {@link #execute}, which wakes the selector. Its read buffer is shared by
 * its channels: they read on this thread only, one at a time.
 */
public final class NioLoop {
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    /** What a registered channel does when its key is selected; runs on the loop thread. */
    public interface Ready {
        void ready(SelectionKey key, ByteBuffer readBuffer) throws IOException;

        /**
         * {@link #ready} threw: the loop goes on serving the other channels. By default the
         * channel is closed; owners that log and count their connections say so themselves.
         */
        default void failed(SelectionKey key, Exception e) {
            try {
                key.channel().close();
            } catch (IOException closing) {
                // Already broken.
            }
        }
    }

    private final Selector selector;
    private final Consumer<IOException> onFailure;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    // Loop thread only.
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerOrder;
    private volatile boolean running = true;
    private volatile boolean finished;
    private volatile Thread loopThread;

    public NioLoop(Consumer<IOException> onFailure) throws IOException {
        this.selector = Selector.open();
        this.onFailure = onFailure;
    }

    /** Registers a channel; on the loop thread, or before the loop runs. */
    public SelectionKey register(SelectableChannel channel, int ops, Ready ready) throws ClosedChannelException {
        if (finished) {
            throw new ClosedChannelException(); // The loop has ended: nothing would serve the channel.
        }
        return channel.register(selector, ops, ready);
    }

    /** Runs until {@link #close}; the body of the loop's thread. */
    public void run() {
        loopThread = Thread.currentThread();
        try {
            while (running) {
                select();
                runTasks();
                runDueTimers();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (key.isValid()) {
                        dispatch(key);
                    }
                }
            }
        } catch (IOException e) {
            if (running) {
                onFailure.accept(new IOException(
                        "The server stopped serving: its network loop failed: " + e.getMessage(), e));
            }
        } finally {
            closeSelector();
            finished = true;
            runLeftTasks();
            ended.countDown();
        }
    }

    /**
     * Runs the task on the loop thread once {@code delayNanos} have passed (to the millisecond, as
     * a selector waits); tasks due at the same time run in the order they were scheduled. Loop thread only.
     */
    public void schedule(long delayNanos, Runnable task) {
        timers.add(new Timer(System.nanoTime() + Math.max(0, delayNanos), timerOrder++, task));
    }

    private void select() throws IOException {
        Timer next = timers.peek();
        if (next == null) {
            selector.select();
            return;
        }
        long waitNanos = next.dueNanos - System.nanoTime();
        if (waitNanos <= 0) {
            selector.selectNow();
        } else {
            selector.select(Math.max(1, (waitNanos + 999_999) / 1_000_000));
        }
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        Timer next;
        while ((next = timers.peek()) != null && next.dueNanos - now <= 0) {
            timers.poll();
            try {
                next.task.run();
            } catch (RuntimeException e) {
                System.getLogger(NioLoop.class.getName())
                        .log(System.Logger.Level.WARNING, "timer on an NIO loop threw " + e, e);
            }
        }
    }

    private record Timer(long dueNanos, long order, Runnable task) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(dueNanos - other.dueNanos, 0);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    /**
     * Runs the task on the loop thread: now if called there, else at the next wake-up. Once the
     * loop has ended, tasks run on the caller's thread, one at a time (closing what the loop served).
     */
    public void execute(Runnable task) {
        if (Thread.currentThread() == loopThread) {
            task.run();
            return;
        }
        tasks.add(task);
        if (finished) {
            runLeftTasks();
        } else {
            selector.wakeup();
        }
    }

    private synchronized void runLeftTasks() {
        runTasks();
    }

    /** One channel's failure, even a bug (a RuntimeException), must not end the loop: its other channels would hang. */
    private void dispatch(SelectionKey key) {
        Ready ready = (Ready) key.attachment();
        try {
            ready.ready(key, readBuffer);
        } catch (IOException | RuntimeException e) {
            ready.failed(key, e);
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                System.getLogger(NioLoop.class.getName())
                        .log(System.Logger.Level.WARNING, "task on an NIO loop threw " + e, e);
            }
        }
    }

    private void closeSelector() {
        try {
            selector.close();
        } catch (IOException e) {
            // Nothing left to tell: the loop is stopping.
        }
    }

    /** Asks the loop to stop; {@link #awaitEnd} waits for it. */
    public void close() {
        running = false;
        selector.wakeup();
    }

    /** Waits (bounded) for the loop thread to end; closes the selector itself if it did not. */
    public void awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        if (!ended.await(timeout, unit)) {
            closeSelector();
        }
    }
}
