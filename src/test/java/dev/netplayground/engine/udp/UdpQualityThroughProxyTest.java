package dev.netplayground.engine.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.proxy.ConditionKind;
import dev.netplayground.engine.proxy.ConditionLog;
import dev.netplayground.engine.proxy.ProxyDirection;
import dev.netplayground.engine.proxy.ProxyTarget;
import dev.netplayground.engine.proxy.UdpConditions;
import dev.netplayground.engine.proxy.UdpProxy;
import dev.netplayground.testing.EngineExtension;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Our receiver measures what our UDP proxy does to a stamped stream (seeded, no latency, so no
 * timing is involved): loss and duplicates exactly as the proxy counted them, reordering within
 * the binomial bounds of what was set.
 */
@Timeout(120)
class UdpQualityThroughProxyTest {
    private static final int DATAGRAMS = 20_000;
    private static final int BATCH = 500;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();

    @Test
    void lossDuplicatesAndReorderingSetOnTheProxyAreWhatTheReceiverReports() throws Exception {
        UdpReceiver receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0), datagram -> { });
        UdpProxy proxy = engine.startUdpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1",
                receiver.localAddress().getPort()), new UdpConditions(0, 0, 5, 1, 3, 2), UdpConditions.NONE, 21);
        try (DatagramChannel sender = DatagramChannel.open()) {
            sender.connect(proxy.localAddress());
            for (int next = 0; next < DATAGRAMS; ) {
                for (int end = next + BATCH; next < end; next++) {
                    sender.write(ByteBuffer.wrap(new SequenceStamp(next, System.nanoTime()).prependTo(new byte[0])));
                }
                int sent = next;
                // Each batch relayed and received before the next: loopback drops nothing it is not asked to.
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> proxy.received(ProxyDirection.UPSTREAM)
                        == sent && receiver.stats().datagrams() == proxy.sent(ProxyDirection.UPSTREAM));
            }
        }
        ConditionLog conditions = proxy.conditionLog();
        assertThat(conditions.count(ConditionKind.UNSENT)).isZero();
        UdpQuality quality = receiver.quality().get(0);
        // The last datagram may be dropped: the receiver counts loss up to the highest number it saw.
        long droppedAtTheEnd = DATAGRAMS - quality.expected();
        assertThat(quality.lost() + droppedAtTheEnd).isEqualTo(conditions.count(ConditionKind.DROPPED));
        assertThat(quality.duplicated()).isEqualTo(conditions.count(ConditionKind.DUPLICATED));
        assertThat(quality.received()).isEqualTo(receiver.stats().datagrams());
        assertWithinBinomial(quality.lost(), DATAGRAMS, 0.05);
        assertWithinBinomial(quality.reordered(), DATAGRAMS, 0.02);
    }

    private static void assertWithinBinomial(long observed, long trials, double p) {
        double mean = trials * p;
        double bound = 4 * Math.sqrt(trials * p * (1 - p));
        assertThat((double) observed).as("%d of %d at p=%s", observed, trials, p).isBetween(mean - bound, mean + bound);
    }
}
