package dev.netplayground.engine.udp;

import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * The quality of one source's stream of sequence-stamped datagrams, as {@code iperf3 -u} reports it.
 *
 * @param source     where the datagrams came from
 * @param expected   the highest number seen + 1: what the source has sent so far, as far as the receiver can tell
 * @param received   stamped datagrams that arrived, duplicates included
 * @param lost       numbers up to the highest seen that never arrived (see {@link StreamQuality})
 * @param duplicated arrivals of a number that had arrived before
 * @param reordered  arrivals below the highest number seen so far (overtaken on the way)
 * @param jitterMs   the interarrival jitter of RFC 3550, in milliseconds
 */
public record UdpQuality(InetSocketAddress source, long expected, long received, long lost, long duplicated,
        long reordered, double jitterMs) {
    /** Lost as a share of {@link #expected}, in percent (0 before the first datagram). */
    public double lostPercent() {
        return expected == 0 ? 0 : 100.0 * lost / expected;
    }

    /** The report line, keys in this order: {@code received=N lost=N duplicated=N reordered=N jitter_ms=X.XXX}. */
    public String format() {
        return String.format(Locale.ROOT, "received=%d lost=%d duplicated=%d reordered=%d jitter_ms=%.3f", received,
                lost, duplicated, reordered, jitterMs);
    }
}
