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
 * totals of all summaries are exact; an event counted while a window closes may land, with its
 * bytes, in the next window's summary.
 */
final class DataEventBudget {
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private static final int BYTES_BITS = 36;
    private static final long BYTES_MASK = (1L << BYTES_BITS) - 1;
    private static final long ONE_EVENT = 1L << BYTES_BITS;

    private final int perSecond;
    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicInteger logged = new AtomicInteger();
    // Events and bytes beyond the budget, packed as (events << 36) + bytes so that one atomic add
    // puts both into the same window: counted apart, a window could get an event's bytes without
    // the event. Room per window (about a second): 268 million events and 64 GiB.
    private final LongAdder in = new LongAdder();
    private final LongAdder out = new LongAdder();

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
        (direction == Direction.IN ? in : out).add(ONE_EVENT + bytes);
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
        long inPacked = in.sumThenReset();
        long outPacked = out.sumThenReset();
        Summary summary = new Summary(inPacked >>> BYTES_BITS, inPacked & BYTES_MASK,
                outPacked >>> BYTES_BITS, outPacked & BYTES_MASK);
        logged.set(0);
        return summary;
    }
}
