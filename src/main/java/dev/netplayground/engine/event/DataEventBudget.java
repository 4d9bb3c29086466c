package dev.netplayground.engine.event;

/**
 * How many data events (received, sent) one endpoint logs one by one per second; beyond that
 * they are counted, and one summary per direction says how many and how many bytes. Keeps
 * the log readable and cheap under bulk traffic; byte counters elsewhere stay exact.
 * Thread-safe (one short lock).
 */
final class DataEventBudget {
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final int perSecond;
    // Guarded by this.
    private long windowStart = System.nanoTime();
    private int logged;
    private long inEvents;
    private long inBytes;
    private long outEvents;
    private long outBytes;

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
    synchronized boolean admit(Direction direction, long bytes) {
        if (logged < perSecond) {
            logged++;
            return true;
        }
        if (direction == Direction.IN) {
            inEvents++;
            inBytes += bytes;
        } else {
            outEvents++;
            outBytes += bytes;
        }
        return false;
    }

    /** Ends the window if a second has passed; returns what it summarised (may be empty), else null. */
    synchronized Summary rollIfDue(long now) {
        if (now - windowStart < WINDOW_NANOS) {
            return null;
        }
        Summary summary = new Summary(inEvents, inBytes, outEvents, outBytes);
        windowStart = now;
        logged = 0;
        inEvents = 0;
        inBytes = 0;
        outEvents = 0;
        outBytes = 0;
        return summary;
    }
}
