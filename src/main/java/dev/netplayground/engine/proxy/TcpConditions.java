package dev.netplayground.engine.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a TCP proxy does to one direction of every connection. Immutable; a proxy takes new
 * conditions while it runs (a cut after a time applies to connections made from then on).
 *
 * @param latencyMillis    added to every chunk before it is passed on
 * @param jitterMillis     each chunk's latency varies by up to this much either way (never reordering bytes)
 * @param bandwidthKbps    kilobytes (1,000 bytes) per second passed on at most; 0: unlimited
 * @param sliceBytes       chunks are written in pieces of at most this many bytes; 0: as they came
 * @param sliceDelayMillis pause between two pieces
 * @param stalled          nothing is passed on (reading stops once the proxy holds its cap)
 * @param cutAfterBytes    the connection is cut once this many bytes have passed; 0: never
 * @param cutAfterMillis   the connection is cut this long after it was made; 0: never
 * @param reset            a cut resets (RST, SO_LINGER 0) rather than closes
 */
public record TcpConditions(int latencyMillis, int jitterMillis, int bandwidthKbps, int sliceBytes,
        int sliceDelayMillis, boolean stalled, long cutAfterBytes, int cutAfterMillis, boolean reset) {
    public static final TcpConditions NONE = new TcpConditions(0, 0, 0, 0, 0, false, 0, 0, false);

    public TcpConditions {
        requireAtLeast0(latencyMillis, "latency");
        requireAtLeast0(jitterMillis, "jitter");
        requireAtLeast0(bandwidthKbps, "bandwidth");
        requireAtLeast0(sliceBytes, "slice size");
        requireAtLeast0(sliceDelayMillis, "slice delay");
        requireAtLeast0(cutAfterBytes, "cut after bytes");
        requireAtLeast0(cutAfterMillis, "cut after time");
        if (jitterMillis > latencyMillis) {
            throw new IllegalArgumentException("The jitter (" + jitterMillis + " ms) cannot exceed the latency ("
                    + latencyMillis + " ms): a chunk cannot leave before it came.");
        }
    }

    private static void requireAtLeast0(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException("The " + what + " cannot be negative: " + value + ".");
        }
    }

    /** Bytes per second passed on, or 0 for unlimited. */
    long bytesPerSecond() {
        return bandwidthKbps * 1000L;
    }

    /** {@code latency 50 ms, bandwidth 100 kB/s}, or {@code no conditions}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (latencyMillis > 0) {
            parts.add("latency " + latencyMillis + " ms" + (jitterMillis > 0 ? " ± " + jitterMillis + " ms" : ""));
        }
        if (bandwidthKbps > 0) {
            parts.add("bandwidth " + bandwidthKbps + " kB/s");
        }
        if (sliceBytes > 0) {
            parts.add("slices of " + sliceBytes + " bytes every " + sliceDelayMillis + " ms");
        }
        if (stalled) {
            parts.add("stalled");
        }
        String cut = reset ? "reset" : "close";
        if (cutAfterBytes > 0) {
            parts.add(cut + " after " + cutAfterBytes + " bytes");
        }
        if (cutAfterMillis > 0) {
            parts.add(cut + " after " + cutAfterMillis + " ms");
        }
        return parts.isEmpty() ? "no conditions" : String.join(", ", parts);
    }
}
