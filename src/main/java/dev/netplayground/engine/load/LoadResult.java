package dev.netplayground.engine.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a load run measured. Latencies are round trips (send a line, read its echo) in ns.
 *
 * @param errors failures by kind (refused, timeout, reset, closed by server, ...), with counts
 */
public record LoadResult(int clients, long connected, long messages, long bytes, double seconds,
        Latencies latencies, Map<String, Long> errors) {

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
        text.append("round trip   ").append(latencies.shown(false)).append(System.lineSeparator());
        text.append(errors.isEmpty() ? "errors       none" : "errors       " + errors);
        return text.toString();
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
        latencies.putInto(figures, false);
        figures.put("errors", errors);
        return figures;
    }
}
