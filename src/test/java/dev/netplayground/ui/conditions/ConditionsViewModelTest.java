package dev.netplayground.ui.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.proxy.ProxyDirection;
import dev.netplayground.engine.proxy.TcpConditions;
import dev.netplayground.engine.proxy.TcpProxy;
import dev.netplayground.engine.proxy.UdpProxy;
import dev.netplayground.testing.PaneModels;
import dev.netplayground.testing.SlowEchoServer;
import dev.netplayground.testing.TestFxThread;
import dev.netplayground.ui.tcp.TcpClientViewModel;
import dev.netplayground.ui.udp.UdpSenderViewModel;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Conditions tab's view-model without a window: the test thread is its FX thread; real sockets. */
@Timeout(30)
class ConditionsViewModelTest {
    @RegisterExtension
    final PaneModels panes = new PaneModels();
    private final TestFxThread fx = panes.fx();
    private final ConditionsViewModel model = panes.add(ConditionsViewModel::new);

    @Test
    void startsATcpProxyListsItsConnectionAndChangesConditionsLive() throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            model.targetProperty().set("127.0.0.1:" + echo.port());
            model.directionsProperty().set(ConditionDirections.DOWNSTREAM);
            model.form().latencyProperty().set("3");
            model.start();
            fx.runUntil(() -> model.boundPortProperty().get() > 0, "the proxy to listen");
            TcpProxy proxy = (TcpProxy) model.lifecycle().endpoint();
            assertThat(proxy.conditions(ProxyDirection.UPSTREAM)).isEqualTo(TcpConditions.NONE);
            assertThat(proxy.conditions(ProxyDirection.DOWNSTREAM).latencyMillis()).isEqualTo(3);

            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), model.boundPortProperty().get())) {
                client.setSoTimeout(10_000);
                client.getOutputStream().write("hi\n".getBytes(StandardCharsets.UTF_8));
                assertThat(client.getInputStream().readNBytes(3)).hasSize(3);
                fx.runUntil(() -> model.connections().size() == 1
                        && model.countersProperty().get().contains("delayed 1"), "the connection and its delay");
                assertThat(model.connections().get(0).client()).isEqualTo("127.0.0.1:" + client.getLocalPort());
            }

            model.directionsProperty().set(ConditionDirections.BOTH);
            model.form().bandwidthProperty().set("50");
            model.apply();
            assertThat(proxy.conditions(ProxyDirection.UPSTREAM).bandwidthKbps()).isEqualTo(50);
            assertThat(proxy.conditions(ProxyDirection.DOWNSTREAM).bandwidthKbps()).isEqualTo(50);
            assertThat(model.errorProperty().get()).isEmpty();
        }
    }

    @Test
    void cutsAConnectionAfterATimeWithAnOrderlyCloseWhenResetIsCleared() throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            model.targetProperty().set("127.0.0.1:" + echo.port());
            model.form().cutAfterMillisProperty().set("200");
            model.form().resetProperty().set(false);
            model.start();
            fx.runUntil(() -> model.boundPortProperty().get() > 0, "the proxy to listen");
            TcpProxy proxy = (TcpProxy) model.lifecycle().endpoint();
            assertThat(proxy.conditions(ProxyDirection.UPSTREAM).describe()).isEqualTo("close after 200 ms");

            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), model.boundPortProperty().get())) {
                client.setSoTimeout(10_000);
                // An orderly close reads as the end of the stream; a reset would throw "Connection reset".
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
        }
    }

    @Test
    void startsASeededUdpProxy() throws Exception {
        model.protocolProperty().set(ProxyProtocol.UDP);
        model.targetProperty().set("127.0.0.1:9");
        model.seedProperty().set("42");
        model.form().lossProperty().set("2.5");
        model.start();
        fx.runUntil(() -> model.boundPortProperty().get() > 0, "the proxy to listen");
        UdpProxy proxy = (UdpProxy) model.lifecycle().endpoint();
        assertThat(proxy.conditions(ProxyDirection.UPSTREAM).lossPercent()).isEqualTo(2.5);
        assertThat(model.countersProperty().get()).startsWith("0 clients");
    }

    @Test
    void aTcpClientThroughTheProxyConnectsToItAndNeedsOneRunning() throws Exception {
        TcpClientViewModel client = panes.add(TcpClientViewModel::new);
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            client.portProperty().set(String.valueOf(echo.port()));
            client.throughProxyProperty().set(true);
            client.connect();
            assertThat(client.errorProperty().get()).isEqualTo("No TCP proxy relays to 127.0.0.1:" + echo.port()
                    + ": start one in the Conditions tab (Ctrl+8) with that target, or turn Through proxy off.");

            model.targetProperty().set("127.0.0.1:" + echo.port());
            model.start();
            fx.runUntil(() -> model.boundPortProperty().get() > 0, "the proxy to listen");
            client.connect();
            fx.runUntil(() -> client.connectedProperty().get(), "the client to connect");
            assertThat(client.statusProperty().get()).isEqualTo("Connected to 127.0.0.1:"
                    + model.boundPortProperty().get());
            fx.runUntil(() -> model.connections().size() == 1, "the connection through the proxy");
        }
    }

    @Test
    void aUdpSenderThroughTheProxySendsToIt() throws Exception {
        UdpSenderViewModel sender = panes.add(UdpSenderViewModel::new);
        model.protocolProperty().set(ProxyProtocol.UDP);
        model.targetProperty().set("127.0.0.1:9");
        model.start();
        fx.runUntil(() -> model.boundPortProperty().get() > 0, "the proxy to listen");
        UdpProxy proxy = (UdpProxy) model.lifecycle().endpoint();
        sender.portProperty().set("9");
        sender.throughProxyProperty().set(true);
        sender.send();
        fx.runUntil(() -> proxy.received(ProxyDirection.UPSTREAM) == 1, "the datagram at the proxy");
    }

    @Test
    void badInputIsOneSentenceAndNothingStarts() {
        model.targetProperty().set("127.0.0.1");
        model.start();
        assertThat(model.errorProperty().get()).isEqualTo("Enter the target as host:port, such as 127.0.0.1:5000.");

        model.targetProperty().set("127.0.0.1:9");
        model.form().latencyProperty().set("5");
        model.form().jitterProperty().set("10");
        model.start();
        assertThat(model.errorProperty().get())
                .isEqualTo("The jitter (10 ms) cannot exceed the latency (5 ms): a chunk cannot leave before it came.");

        model.protocolProperty().set(ProxyProtocol.UDP);
        model.form().jitterProperty().set("0");
        model.form().lossProperty().set("101");
        model.start();
        assertThat(model.errorProperty().get()).isEqualTo("Loss must be a percentage from 0 to 100, such as 5 or 0.5,"
                + " not 101.");
        assertThat(model.runningProperty().get()).isFalse();

        model.apply();
        assertThat(model.errorProperty().get()).startsWith("Start the proxy first");
    }
}
