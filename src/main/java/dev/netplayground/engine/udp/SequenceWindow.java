package dev.netplayground.engine.udp;

/**
 * Which of the last {@link #SPAN} sequence numbers (up to the highest seen) have arrived: a
 * sliding bitmap of fixed size, so telling a duplicate from a late arrival costs the same memory
 * however long a stream runs. Not thread-safe: one receive loop uses it.
 */
final class SequenceWindow {
    /** How far behind the highest number an arrival can still be told apart from a duplicate. */
    static final int SPAN = 65_536;

    /** What one arrival was. */
    enum Arrival {
        /** Above every number seen so far (the first arrival too). */
        AHEAD,
        /** Below the highest, not seen before: it was overtaken (reordered). */
        LATE,
        /** Seen before. */
        DUPLICATE,
        /** More than {@link #SPAN} below the highest: too old to tell whether it was seen. */
        TOO_OLD
    }

    private final long[] bits = new long[SPAN / Long.SIZE];
    private long highest = -1;

    /** Marks {@code sequence} (0 or more) as arrived and says what the arrival was. */
    Arrival mark(long sequence) {
        if (sequence > highest) {
            clearAbove(highest, Math.min(sequence - highest, SPAN));
            highest = sequence;
            set(sequence);
            return Arrival.AHEAD;
        }
        if (highest - sequence >= SPAN) {
            return Arrival.TOO_OLD;
        }
        if (isSet(sequence)) {
            return Arrival.DUPLICATE;
        }
        set(sequence);
        return Arrival.LATE;
    }

    /** The highest number seen, or -1 before the first. */
    long highest() {
        return highest;
    }

    /** Clears the {@code count} slots after {@code from}: they held numbers {@link #SPAN} lower. */
    private void clearAbove(long from, long count) {
        for (long sequence = from + 1; sequence <= from + count; sequence++) {
            bits[slot(sequence)] &= ~bit(sequence);
        }
    }

    private boolean isSet(long sequence) {
        return (bits[slot(sequence)] & bit(sequence)) != 0;
    }

    private void set(long sequence) {
        bits[slot(sequence)] |= bit(sequence);
    }

    private static int slot(long sequence) {
        return (int) ((sequence & (SPAN - 1)) >>> 6);
    }

    private static long bit(long sequence) {
        return 1L << (sequence & (Long.SIZE - 1));
    }
}
