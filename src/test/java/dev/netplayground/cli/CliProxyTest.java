package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.testing.SlowEchoServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CliProxyTest {
    @Test
    void tcpProxyRelaysWithLatencyAndSummarisesOnStop() throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            RunningServer proxy = RunningServer.launch("tcp", "proxy", "tcp", "--listen", "0",
                    "--to", "127.0.0.1:" + echo.port(), "--latency", "5");
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                client.setSoTimeout(10_000);
                client.getOutputStream().write("hi\n".getBytes(StandardCharsets.UTF_8));
                assertThat(client.getInputStream().readNBytes(3)).isEqualTo("hi\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(proxy.err().awaitLineContaining("delayed 5 ms"))
                    .matches("condition 127\\.0\\.0\\.1:\\d+: delayed 5 ms: 3 bytes client->target");
            assertThat(proxy.stop()).isZero();
            assertThat(proxy.err().awaitLineContaining("stopped proxying"))
                    .contains("after 1 connection: 3 bytes client->target, 3 bytes target->client; delayed 2");
        }
    }

    @Test
    void udpProxyDropsWhatItIsToldAndNamesItsSeed() throws Exception {
        InetSocketAddress anyLoopbackPort = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try (DatagramSocket target = new DatagramSocket(anyLoopbackPort);
                DatagramSocket client = new DatagramSocket(anyLoopbackPort)) {
            RunningServer proxy = RunningServer.launch("udp", "proxy", "udp", "--listen", "0",
                    "--to", "127.0.0.1:" + target.getLocalPort(), "--loss", "100", "--seed", "3");
            client.send(new DatagramPacket(new byte[] {1}, 1,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.port())));
            assertThat(proxy.err().awaitLineContaining("dropped")).endsWith(": dropped datagram #1 client->target");
            assertThat(proxy.stop()).isZero();
            assertThat(proxy.err().awaitLineContaining("stopped proxying"))
                    .contains("1 datagrams client->target (0 passed on)").endsWith("; dropped 1; seed 3");
        }
    }

    @Test
    void jitterAboveTheLatencyIsOneSentence() {
        CliRun run = CliRun.of("proxy", "udp", "--listen", "0", "--to", "127.0.0.1:9", "--latency", "5",
                "--jitter", "10");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("The jitter (10 ms) cannot exceed the latency (5 ms)");
    }

    @Test
    void aSliceDelayWithoutASliceIsOneSentence() {
        CliRun run = CliRun.of("proxy", "tcp", "--listen", "0", "--to", "127.0.0.1:9", "--slice-delay", "5");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--slice-delay needs --slice");
    }
}
