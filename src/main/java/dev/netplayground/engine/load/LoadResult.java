package dev.netplayground.engine.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a load run measured. Latencies are round trips (send a line, read its echo) in ns.
 *
 * @param errors failures by kind (refused, timeout, reset, closed by server, ...), with counts
 */
public record LoadResult(int clients, long connected, long messages, long bytes, double seconds, long p50Nanos,
        long p90Nanos, long p99Nanos, long maxNanos, Map<String, Long> errors) {

    public double messagesPerSecond() {
        return seconds == 0 ? 0 : messages / seconds;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A one-screen summary for people. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "clients      %,d (%,d connected)%n", clients, connected));
        text.append(String.format(Locale.ROOT, "duration     %.2f s%n", seconds));
        text.append(String.format(Locale.ROOT, "messages     %,d (%,.0f/s)%n", messages, messagesPerSecond()));
        text.append(String.format(Locale.ROOT, "bytes        %,d each way (%,.1f MB/s)%n",
                bytes, bytes / seconds / 1e6));
        text.append(String.format(Locale.ROOT, "round trip   p50 %s  p90 %s  p99 %s  max %s%n",
                millis(p50Nanos), millis(p90Nanos), millis(p99Nanos), millis(maxNanos)));
        text.append(errors.isEmpty() ? "errors       none" : "errors       " + errors);
        return text.toString();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /** The figures as a flat map, for JSON and CSV. */
    public Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("connected", connected);
        figures.put("messages", messages);
        figures.put("bytes", bytes);
        figures.put("seconds", seconds);
        figures.put("messagesPerSecond", messagesPerSecond());
        figures.put("p50Ms", p50Nanos / 1e6);
        figures.put("p90Ms", p90Nanos / 1e6);
        figures.put("p99Ms", p99Nanos / 1e6);
        figures.put("maxMs", maxNanos / 1e6);
        figures.put("errors", errors);
        return figures;
    }
}
