package dev.netplayground.ui.lab;

import dev.netplayground.engine.load.LoadResult;
/** One run's result in the comparison table: a model of ours, or an outside host:port. */
public record LabRow(String name, LoadResult result, int peakThreads, long peakHeapMb) {
    public String throughput() {
        return String.format(java.util.Locale.ROOT, "%,.0f", result.messagesPerSecond());
    }

    public String p50() {
        return latency(result.latencies().p50Nanos());
    }

    public String p90() {
        return latency(result.latencies().p90Nanos());
    }

    public String max() {
        return latency(result.latencies().maxNanos());
    }

    public String megabytesPerSecond() {
        return String.format(java.util.Locale.ROOT, "%.1f", result.bytes() / Math.max(result.seconds(), 1e-9) / 1e6);
    }

    public String p99() {
        return latency(result.latencies().p99Nanos());
    }

    public String errors() {
        return result.errors().isEmpty() ? "none" : result.errors().toString();
    }

    /** A round-trip figure, or "–" for a run without round trips (a UDP stream). */
    private String latency(long nanos) {
        return result.latencies().maxNanos() == 0 && result.messages() > 0 ? "–" : millis(nanos);
    }

    /** Milliseconds with the digits that matter: 0.05 ms, 124.9 ms, 4,850 ms. */
    static String millis(long nanos) {
        double ms = nanos / 1e6;
        String format = ms < 10 ? "%.2f ms" : ms < 1000 ? "%.1f ms" : "%,.0f ms";
        return String.format(java.util.Locale.ROOT, format, ms);
    }
}
