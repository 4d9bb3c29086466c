package dev.netplayground.engine.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in log-linear buckets, HDR style: 1 µs steps below 64 µs, then 32 equal buckets per
 * power of two up to about 2 hours, so a value is reported within 1/32 (3 %) above itself.
 * Recording is lock-free and thread-safe; percentiles read a consistent-enough snapshot.
 */
public final class LatencyHistogram {
    private static final int SUB_BUCKET_BITS = 6;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    private static final int MAGNITUDES = 28;
    private static final long UNIT_NANOS = 1_000;

    private final AtomicLongArray counts = new AtomicLongArray(MAGNITUDES * SUB_BUCKETS);
    private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();

    /** Records one latency in nanoseconds (values below 1 µs count as 1 µs). */
    public void record(long nanos) {
        long value = Math.max(1, nanos / UNIT_NANOS);
        counts.incrementAndGet(index(value));
        total.incrementAndGet();
        max.accumulateAndGet(nanos, Math::max);
    }

    /** Bucket of a value in µs: below 64 one bucket per µs; above, 32 buckets per power of two. */
    static int index(long micros) {
        int highestBit = 63 - Long.numberOfLeadingZeros(micros);
        int magnitude = Math.min(MAGNITUDES - 1, Math.max(0, highestBit - (SUB_BUCKET_BITS - 1)));
        long sub = Math.min(SUB_BUCKETS - 1, micros >>> magnitude);
        return magnitude * SUB_BUCKETS + (int) sub;
    }

    /** The highest value (µs) that lands in bucket {@code index}. */
    static long upperBound(int index) {
        int magnitude = index / SUB_BUCKETS;
        long sub = index % SUB_BUCKETS;
        return ((sub + 1) << magnitude) - 1;
    }

    public long count() {
        return total.get();
    }

    /** The largest latency recorded, exactly, in nanoseconds. */
    public long maxNanos() {
        return max.get();
    }

    /**
     * The latency (ns) at or below which {@code percentile}% of values fall, at bucket
     * precision and never above the maximum; 0 when empty.
     */
    public long percentileNanos(double percentile) {
        return Math.min(snapshot().percentileNanos(percentile), maxNanos());
    }

    /** The counts so far; an earlier snapshot subtracted from a later one gives the latencies in between. */
    public Snapshot snapshot() {
        long[] copy = new long[counts.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts.get(i);
        }
        return new Snapshot(copy);
    }

    /** The bucket counts at one moment. Immutable. */
    public static final class Snapshot {
        private final long[] counts;
        private final long total;

        private Snapshot(long[] counts) {
            this.counts = counts;
            this.total = Arrays.stream(counts).sum();
        }

        /** The latencies recorded after {@code earlier} (a snapshot of the same histogram) was taken. */
        public Snapshot since(Snapshot earlier) {
            long[] difference = new long[counts.length];
            for (int i = 0; i < difference.length; i++) {
                difference[i] = counts[i] - earlier.counts[i];
            }
            return new Snapshot(difference);
        }

        public long count() {
            return total;
        }

        /** The latency (ns) at or below which {@code percentile}% of values fall, at bucket precision; 0 when empty. */
        public long percentileNanos(double percentile) {
            if (total == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(total * percentile / 100.0));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return upperBound(i) * UNIT_NANOS;
                }
            }
            return upperBound(counts.length - 1) * UNIT_NANOS;
        }
    }
}
