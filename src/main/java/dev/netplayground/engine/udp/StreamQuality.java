package dev.netplayground.engine.udp;

import java.net.InetSocketAddress;

/**
 * Counts one source's stamped datagrams as they arrive: the receive loop records, any thread
 * takes a {@link #snapshot}. Thread-safe (one short lock per datagram, never contended for long).
 *
 * <p><b>Loss</b> is the highest sequence number seen + 1 (numbers start at 0) minus the distinct
 * numbers received. A datagram that arrives late (below the highest, not seen before) counts as
 * reordered and, being distinct, takes one off the loss it had been counted in: the figure is
 * always what is missing so far, as iperf3's "a late packet offsets a prior gap" does, except
 * that a duplicate here counts as duplicated, not as a late arrival (iperf3 cannot tell). A late
 * arrival more than {@link SequenceWindow#SPAN} behind the highest cannot be told from a
 * duplicate: it counts as received and reordered, and stays counted as lost.
 *
 * <p><b>Jitter</b> is RFC 3550's interarrival jitter over arrivals in arrival order: with transit
 * = arrival time - send time, D = the change in transit from the previous arrival, and
 * J += (|D| - J) / 16. The two clocks need no common epoch; only their differences are used.
 */
final class StreamQuality {
    private final InetSocketAddress source;
    private final SequenceWindow window = new SequenceWindow();
    private long received;
    private long distinct;
    private long duplicated;
    private long reordered;
    private long previousTransit;
    private double jitterNanos;

    StreamQuality(InetSocketAddress source) {
        this.source = source;
    }

    /** Receive loop: one stamped datagram that arrived at {@code arrivalNanos} (on this machine's monotonic clock). */
    synchronized void record(SequenceStamp stamp, long arrivalNanos) {
        long transit = arrivalNanos - stamp.sentNanos();
        if (received > 0) {
            jitterNanos += (Math.abs(transit - previousTransit) - jitterNanos) / 16;
        }
        previousTransit = transit;
        received++;
        switch (window.mark(stamp.sequence())) {
            case AHEAD -> distinct++;
            case LATE -> {
                distinct++;
                reordered++;
            }
            case DUPLICATE -> duplicated++;
            case TOO_OLD -> reordered++;
        }
    }

    synchronized UdpQuality snapshot() {
        long expected = window.highest() + 1;
        return new UdpQuality(source, expected, received, expected - distinct, duplicated, reordered,
                jitterNanos / 1e6);
    }
}
