package dev.netplayground.engine.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an HTTP load run measured. Latencies run from when a request was sent (closed loop) or due (with a rate)
 * to the end of its response, in ns.
 *
 * @param statuses responses by status code
 * @param errors   failures by kind (refused, reset, timeout, bad response, closed by server, ...), with counts
 */
public record HttpLoadResult(int connections, long connected, long requests, long bytesRead, double seconds,
        Latencies latencies, Map<Integer, Long> statuses, Map<String, Long> errors) {

    public double requestsPerSecond() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A one-screen summary for people, laid out as {@code load tcp}'s. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "connections  %,d (%,d connected)%n", connections, connected));
        text.append(String.format(Locale.ROOT, "duration     %.2f s%n", seconds));
        text.append(String.format(Locale.ROOT, "requests     %,d (%,.0f/s)%n", requests, requestsPerSecond()));
        text.append(String.format(Locale.ROOT, "read         %,d bytes (%,.1f MB/s)%n",
                bytesRead, seconds == 0 ? 0 : bytesRead / seconds / 1e6));
        text.append("latency      ").append(latencies.shown(true)).append(System.lineSeparator());
        text.append("status       ").append(statuses.isEmpty() ? "none" : statuses.entrySet().stream()
                .map(s -> String.format(Locale.ROOT, "%d %,d", s.getKey(), s.getValue()))
                .collect(Collectors.joining(", "))).append(System.lineSeparator());
        text.append(errors.isEmpty() ? "errors       none" : "errors       " + errors);
        return text.toString();
    }

    /** The figures as a flat map, for JSON. */
    public Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("connections", connections);
        figures.put("connected", connected);
        figures.put("requests", requests);
        figures.put("bytesRead", bytesRead);
        figures.put("seconds", seconds);
        figures.put("requestsPerSecond", requestsPerSecond());
        latencies.putInto(figures, true);
        Map<String, Long> byCode = new LinkedHashMap<>();
        statuses.forEach((code, count) -> byCode.put(String.valueOf(code), count));
        figures.put("statuses", byCode);
        figures.put("errors", errors);
        return figures;
    }
}
