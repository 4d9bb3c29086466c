package dev.netplayground.engine.load;

import java.util.Locale;
import java.util.Map;

/**
 * A load run's latency percentiles, in ns, as every load command prints them and puts them in JSON. Only the
 * HTTP run shows p99.9: {@code withP999} says whether the figures include it.
 */
public record Latencies(long p50Nanos, long p90Nanos, long p99Nanos, long p999Nanos, long maxNanos) {

    /** The percentiles of what {@code histogram} recorded so far. */
    static Latencies of(LatencyHistogram histogram) {
        return new Latencies(histogram.percentileNanos(50), histogram.percentileNanos(90),
                histogram.percentileNanos(99), histogram.percentileNanos(99.9), histogram.maxNanos());
    }

    /** E.g. {@code p50 0.120 ms  p90 0.300 ms  p99 1.000 ms  max 2.000 ms}. */
    String shown(boolean withP999) {
        String tail = withP999 ? "  p99.9 " + millis(p999Nanos) : "";
        return "p50 " + millis(p50Nanos) + "  p90 " + millis(p90Nanos) + "  p99 " + millis(p99Nanos) + tail
                + "  max " + millis(maxNanos);
    }

    /** Puts {@code p50Ms} ... {@code maxMs} into {@code figures}, in that order. */
    void putInto(Map<String, Object> figures, boolean withP999) {
        figures.put("p50Ms", p50Nanos / 1e6);
        figures.put("p90Ms", p90Nanos / 1e6);
        figures.put("p99Ms", p99Nanos / 1e6);
        if (withP999) {
            figures.put("p999Ms", p999Nanos / 1e6);
        }
        figures.put("maxMs", maxNanos / 1e6);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }
}
