package dev.netplayground.engine.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a UDP proxy does to the datagrams of one direction. Immutable; percentages are per datagram.
 *
 * @param latencyMillis    added to every datagram
 * @param jitterMillis     each datagram's latency varies by up to this much either way (may reorder them)
 * @param lossPercent      datagrams dropped, on average
 * @param burst            dropped datagrams come in runs of this many (1: independently); the average stays
 *                         {@code lossPercent}
 * @param duplicatePercent datagrams sent twice
 * @param reorderPercent   datagrams held back and sent after the next one
 */
public record UdpConditions(int latencyMillis, int jitterMillis, double lossPercent, int burst,
        double duplicatePercent, double reorderPercent) {
    public static final UdpConditions NONE = new UdpConditions(0, 0, 0, 1, 0, 0);

    public UdpConditions {
        if (latencyMillis < 0 || jitterMillis < 0) {
            throw new IllegalArgumentException("Latency and jitter cannot be negative.");
        }
        if (jitterMillis > latencyMillis) {
            throw new IllegalArgumentException("The jitter (" + jitterMillis + " ms) cannot exceed the latency ("
                    + latencyMillis + " ms): a datagram cannot leave before it came.");
        }
        requirePercent(lossPercent, "loss");
        requirePercent(duplicatePercent, "duplication");
        requirePercent(reorderPercent, "reordering");
        if (burst < 1) {
            throw new IllegalArgumentException("A loss burst is at least 1 datagram: " + burst + ".");
        }
    }

    private static void requirePercent(double value, String what) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException("The " + what + " is a percentage from 0 to 100: " + value + ".");
        }
    }

    /** {@code loss 5% in bursts of 3, latency 20 ms ± 5 ms}, or {@code no conditions}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (latencyMillis > 0) {
            parts.add("latency " + latencyMillis + " ms" + (jitterMillis > 0 ? " ± " + jitterMillis + " ms" : ""));
        }
        if (lossPercent > 0) {
            parts.add("loss " + percent(lossPercent) + (burst > 1 ? " in bursts of " + burst : ""));
        }
        if (duplicatePercent > 0) {
            parts.add("duplicate " + percent(duplicatePercent));
        }
        if (reorderPercent > 0) {
            parts.add("reorder " + percent(reorderPercent));
        }
        return parts.isEmpty() ? "no conditions" : String.join(", ", parts);
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
