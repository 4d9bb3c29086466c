package dev.netplayground.ui.common;

/** Turns a growing counter into a per-second rate, sampled at most once a second. Not thread-safe. */
public final class RateMeter {
    private long lastCount;
    private long lastNanos = System.nanoTime();
    private double perSecond;

    /** Feeds the counter's current value; returns the latest rate. */
    public double update(long count, long nowNanos) {
        long elapsed = nowNanos - lastNanos;
        if (elapsed >= 1_000_000_000L) {
            perSecond = (count - lastCount) * 1e9 / elapsed;
            lastCount = count;
            lastNanos = nowNanos;
        }
        return perSecond;
    }

    public void reset() {
        lastCount = 0;
        lastNanos = System.nanoTime();
        perSecond = 0;
    }
}
