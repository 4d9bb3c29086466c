package dev.netplayground.ui.udp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.udp.UdpQuality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the receiver pane writes the quality of stamped streams: a line per source, for the first few. */
final class QualityText {
    /** Sources with a line of their own; past them, one line counts the rest. */
    static final int SHOWN_SOURCES = 3;

    private QualityText() {}

    /**
     * A line per source (the first {@link #SHOWN_SOURCES}, or one fewer and a line counting the
     * rest), and a line for stamped datagrams of sources past the ones the receiver keeps, if any;
     * empty when no stamped datagram came.
     */
    static String of(List<UdpQuality> sources, long untracked) {
        List<String> lines = new ArrayList<>();
        int withLines = sources.size() <= SHOWN_SOURCES ? sources.size() : SHOWN_SOURCES - 1;
        for (UdpQuality quality : sources.subList(0, withLines)) {
            lines.add(line(quality));
        }
        if (withLines < sources.size()) {
            lines.add(String.format(Locale.ROOT, "…and %,d more sources (udp-receiver --seq prints every one)",
                    sources.size() - withLines));
        }
        if (untracked > 0) {
            lines.add(String.format(Locale.ROOT, "%,d stamped datagrams from sources past the first %,d, not measured",
                    untracked, sources.size()));
        }
        return String.join("\n", lines);
    }

    /** {@code 127.0.0.1:5000: 998 received · 2 lost (0.2 %) · 0 duplicated · 1 reordered · jitter 0.012 ms}. */
    static String line(UdpQuality quality) {
        return String.format(Locale.ROOT, "%s: %,d received · %,d lost (%.1f %%) · %,d duplicated · %,d reordered · "
                + "jitter %.3f ms", Addresses.format(quality.source()), quality.received(), quality.lost(),
                quality.lostPercent(), quality.duplicated(), quality.reordered(), quality.jitterMs());
    }
}
