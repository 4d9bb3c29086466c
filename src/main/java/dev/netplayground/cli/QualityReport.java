package dev.netplayground.cli;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.udp.UdpQuality;
import dev.netplayground.engine.udp.UdpReceiver;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code udp-receiver --seq}'s report on stderr: one line per source of sequence-stamped datagrams,
 * {@code received=N lost=N duplicated=N reordered=N jitter_ms=X.XXX source=HOST:PORT}, counted since
 * the receiver started; all zero and no source when none came yet.
 */
final class QualityReport {
    private QualityReport() {}

    static void print(PrintStream err, UdpReceiver receiver) {
        List<UdpQuality> sources = receiver.quality();
        if (sources.isEmpty()) {
            err.println(new UdpQuality(null, 0, 0, 0, 0, 0, 0).format());
        }
        for (UdpQuality quality : sources) {
            err.println(quality.format() + " source=" + Addresses.format(quality.source()));
        }
        long untracked = receiver.untrackedStamped();
        if (untracked > 0) {
            err.println(String.format(Locale.ROOT, "%,d stamped datagrams came from sources beyond the first %d "
                    + "and are in no line above.", untracked, sources.size()));
        }
    }
}
