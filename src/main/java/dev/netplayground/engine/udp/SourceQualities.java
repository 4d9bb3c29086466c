package dev.netplayground.engine.udp;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A receiver's quality records, one per source that sent stamped datagrams, in the order the
 * sources first appeared. At most {@link #MAX_SOURCES} are kept (8 KiB each); stamped datagrams
 * from further sources are counted as untracked, not dropped silently. The receive loop records;
 * any thread reads.
 */
final class SourceQualities {
    static final int MAX_SOURCES = 256;

    // Receive loop only.
    private final Map<InetSocketAddress, StreamQuality> bySource = new HashMap<>();
    private final List<StreamQuality> inOrder = new CopyOnWriteArrayList<>();
    private final AtomicLong untracked = new AtomicLong();

    /** Receive loop: counts the datagram if it carries a stamp; others are not part of any stream. */
    void record(Datagram datagram) {
        SequenceStamp stamp = SequenceStamp.read(datagram.kept());
        if (stamp == null) {
            return;
        }
        StreamQuality quality = bySource.get(datagram.source());
        if (quality == null) {
            if (bySource.size() == MAX_SOURCES) {
                untracked.incrementAndGet();
                return;
            }
            quality = new StreamQuality(datagram.source());
            bySource.put(datagram.source(), quality);
            inOrder.add(quality);
        }
        quality.record(stamp, datagram.arrivalNanos());
    }

    /** Any thread: each source's figures so far, in the order the sources first sent. */
    List<UdpQuality> snapshot() {
        return inOrder.stream().map(StreamQuality::snapshot).toList();
    }

    /** Any thread: stamped datagrams from sources beyond {@link #MAX_SOURCES}, not in any record. */
    long untracked() {
        return untracked.get();
    }
}
