package dev.netplayground.ui.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.udp.UdpQuality;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The receiver pane's quality lines. */
class QualityTextTest {
    private static UdpQuality from(int port) {
        return new UdpQuality(new InetSocketAddress("127.0.0.1", port), 1_000, 1_001, 50, 51, 7, 0.01249);
    }

    @Test
    void aLinePerSourceWithTheLossAsAShareOfWhatWasSent() {
        assertThat(QualityText.of(List.of(from(5000), from(5001)), 0)).isEqualTo(
                "127.0.0.1:5000: 1,001 received · 50 lost (5.0 %) · 51 duplicated · 7 reordered · jitter 0.012 ms\n"
                + "127.0.0.1:5001: 1,001 received · 50 lost (5.0 %) · 51 duplicated · 7 reordered · jitter 0.012 ms");
    }

    @Test
    void pastThreeSourcesTheRestAreCountedAndSoAreDatagramsOfSourcesNotKept() {
        List<UdpQuality> sources = IntStream.range(0, 256).mapToObj(i -> from(5000 + i)).toList();
        assertThat(QualityText.of(sources, 12_345).lines().toList()).containsExactly(
                QualityText.line(from(5000)), QualityText.line(from(5001)),
                "…and 254 more sources (udp-receiver --seq prints every one)",
                "12,345 stamped datagrams from sources past the first 256, not measured");
    }

    @Test
    void noStampedDatagramNoLine() {
        assertThat(QualityText.of(List.of(), 0)).isEmpty();
    }
}
