package dev.netplayground.store;

import java.time.Duration;

/** Waits for answers until none has come for a quiet time, the exchange is over, or a limit passes. */
final class ReplyWait {
    private final Object lock = new Object();
    // Guarded by lock.
    private long lastNanos = System.nanoTime();
    private boolean over;

    /** Something arrived: the quiet time starts again. Any thread. */
    void arrived() {
        synchronized (lock) {
            lastNanos = System.nanoTime();
            lock.notifyAll();
        }
    }

    /** Nothing more can arrive (the peer closed). Any thread. */
    void over() {
        synchronized (lock) {
            over = true;
            lock.notifyAll();
        }
    }

    void await(Duration quiet, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            lastNanos = System.nanoTime();
            while (!over) {
                long now = System.nanoTime();
                long wait = Math.min(lastNanos + quiet.toNanos(), deadline) - now;
                if (wait <= 0) {
                    return;
                }
                lock.wait(Math.max(1, wait / 1_000_000));
            }
        }
    }
}
