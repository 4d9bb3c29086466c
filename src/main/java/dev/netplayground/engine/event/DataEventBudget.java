package dev.netplayground.engine.event;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many data events (received, sent) one endpoint logs one by one per second; beyond that
 * they are counted, and one summary per direction says how many and how many bytes. Keeps
 * the log readable and cheap under bulk traffic; byte counters elsewhere stay exact.
 *
 * <p>Thread-safe without a lock: every connection of a server calls it for every line. The
 * totals of all summaries are exact; an event counted while a window closes may land in the
 * next window's summary.
 */
final class DataEventBudget {
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final int perSecond;
    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicInteger logged = new AtomicInteger();
    private final LongAdder inEvents = new LongAdder();
    private final LongAdder inBytes = new LongAdder();
    private final LongAdder outEvents = new LongAdder();
    private final LongAdder outBytes = new LongAdder();

    /** What was counted instead of logged during a window that just ended. */
    record Summary(long inEvents, long inBytes, long outEvents, long outBytes) {
        boolean isEmpty() {
            return inEvents == 0 && outEvents == 0;
        }
    }

    DataEventBudget(int perSecond) {
        this.perSecond = perSecond;
    }

    /** Whether this data event may be logged one by one in the current window; if not, it is counted. */
    boolean admit(Direction direction, long bytes) {
        // Read first: once the budget is spent, events cost no write to the shared counter.
        if (logged.get() < perSecond && logged.incrementAndGet() <= perSecond) {
            return true;
        }
        if (direction == Direction.IN) {
            inEvents.increment();
            inBytes.add(bytes);
        } else {
            outEvents.increment();
            outBytes.add(bytes);
        }
        return false;
    }

    /**
     * Ends the window if a second has passed; returns what it summarised (may be empty), else
     * null. Of threads calling at once, one ends the window.
     */
    Summary rollIfDue(long now) {
        long start = windowStart.get();
        if (now - start < WINDOW_NANOS || !windowStart.compareAndSet(start, now)) {
            return null;
        }
        Summary summary = new Summary(inEvents.sumThenReset(), inBytes.sumThenReset(),
                outEvents.sumThenReset(), outBytes.sumThenReset());
        logged.set(0);
        return summary;
    }
}
