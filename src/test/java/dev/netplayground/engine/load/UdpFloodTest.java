package dev.netplayground.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.udp.UdpReceiver;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import dev.netplayground.testing.ClosedPorts;
import dev.netplayground.testing.EngineExtension;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The datagram flood against our receiver on loopback. */
@Timeout(60)
class UdpFloodTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();

    @Test
    void theReceiverCountsWhatArrivedOfWhatWasSent() throws Exception {
        AtomicLong sizes = new AtomicLong();
        UdpReceiver receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0),
                datagram -> sizes.addAndGet(datagram.kept().length));
        int port = receiver.localAddress().getPort();
        UdpFlood.Result result = UdpFlood.run("127.0.0.1", port, Duration.ofMillis(300), 64);
        assertThat(result.sent()).isPositive();
        assertThat(result.refused()).isZero();
        // Loopback may drop under a flood; whatever arrived is counted, and never more than was sent.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.stats().datagrams() > 0);
        long received = receiver.stats().datagrams();
        assertThat(received).isLessThanOrEqualTo(result.sent());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sizes.get() == receiver.stats().datagrams() * 64);
    }

    @Test
    void aPacedRunSendsTheDatagramsDueInItsDurationAndTheReceiverGetsThemAll() throws Exception {
        UdpReceiver receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0), datagram -> {});
        int port = receiver.localAddress().getPort();
        UdpFlood.Result result = UdpFlood.run("127.0.0.1", port, Duration.ofMillis(500), 64, 1000, false);
        assertThat(result.sent()).isEqualTo(500);
        assertThat(result.seconds()).isGreaterThanOrEqualTo(0.499);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.stats().datagrams() == 500);
    }

    @Test
    void sendsToAPortWithNoReceiverAreCountedAsRefused() throws Exception {
        int port = ClosedPorts.udp();
        UdpFlood.Result result = UdpFlood.run("127.0.0.1", port, Duration.ofMillis(200), 16);
        assertThat(result.refused()).isPositive();
    }
}
