package dev.netplayground.engine.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.SlowEchoServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class TcpProxyTest {
    private static final int ROUNDS = 11;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();

    private TcpProxy proxyTo(int port, TcpConditions both) throws EndpointStartException {
        return engine.startTcpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1", port), both, both);
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Test
    void relaysBothWaysAndCountsBytes() throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            TcpProxy proxy = proxyTo(echo.port(), TcpConditions.NONE);
            try (Socket client = connect(proxy.localAddress().getPort())) {
                assertThat(roundTrip(client, "hello\n")).isEqualTo("hello\n");
                // Up was passed on before the echo came back; down may still be counting.
                assertThat(proxy.connections()).singleElement().satisfies(info -> {
                    assertThat(info.client()).isEqualTo("127.0.0.1:" + client.getLocalPort());
                    assertThat(info.bytesUp()).isEqualTo(6);
                });
            }
            recorder.await(e -> e.kind() == EventKind.CLOSED
                    && e.message().endsWith("6 bytes client->target, 6 bytes target->client"), 1);
        }
    }

    @Test
    void addedLatencyIsWhatWasSetEachWay() throws Exception {
        int latencyMillis = 40;
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            TcpProxy proxy = proxyTo(echo.port(), new TcpConditions(latencyMillis, 0, 0, 0, 0, false, 0, 0, false));
            long direct;
            long proxied;
            try (Socket client = connect(echo.port())) {
                direct = medianRoundTripNanos(client);
            }
            try (Socket client = connect(proxy.localAddress().getPort())) {
                proxied = medianRoundTripNanos(client);
            }
            double addedMillis = (proxied - direct) / 1e6;
            double expected = 2.0 * latencyMillis;
            assertThat(addedMillis).isBetween(expected - (expected * 0.1 + 2), expected + (expected * 0.1 + 2));
            assertThat(proxy.conditionLog().count(ConditionKind.DELAYED)).isEqualTo(2L * ROUNDS);
            recorder.await(e -> e.kind() == EventKind.CONDITION
                    && e.message().startsWith("delayed 40 ms: 2 bytes"), 1);
        }
    }

    private static long medianRoundTripNanos(Socket client) throws IOException {
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            assertThat(roundTrip(client, "x\n")).isEqualTo("x\n");
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[ROUNDS / 2];
    }

    private static String roundTrip(Socket client, String line) throws IOException {
        client.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
        byte[] back = client.getInputStream().readNBytes(line.length());
        return new String(back, StandardCharsets.UTF_8);
    }

    @Test
    void bandwidthLimitHoldsTheRate() throws Exception {
        int kbps = 2_000;
        int total = 2_000_000;
        try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try (Socket peer = target.accept()) {
                    peer.getOutputStream().write(new byte[total]);
                    peer.shutdownOutput();
                    peer.getInputStream().read();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            TcpProxy proxy = engine.startTcpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1", target.getLocalPort()),
                    TcpConditions.NONE, new TcpConditions(0, 0, kbps, 0, 0, false, 0, 0, false));
            try (Socket client = connect(proxy.localAddress().getPort())) {
                InputStream in = client.getInputStream();
                byte[] buffer = new byte[64 * 1024];
                int first = in.read(buffer);
                long start = System.nanoTime();
                long rest = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    rest += n;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(first + rest).isEqualTo(total);
                assertThat(rest / seconds / 1000).isBetween(kbps * 0.9, kbps * 1.1);
            }
            sending.get(10, TimeUnit.SECONDS);
            assertThat(proxy.conditionLog().count(ConditionKind.THROTTLED)).isPositive();
        }
    }

    @Test
    void resetAfterBytesPassesThemThenResetsBothSides() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            TcpProxy proxy = engine.startTcpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1", target.getLocalPort()),
                    new TcpConditions(0, 0, 0, 0, 0, false, 1000, 0, true), TcpConditions.NONE);
            try (Socket client = connect(proxy.localAddress().getPort()); Socket peer = target.accept()) {
                peer.setSoTimeout(10_000);
                client.getOutputStream().write(new byte[5000]);
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                InputStream in = peer.getInputStream();
                assertThatThrownBy(() -> {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        got.write(buffer, 0, n);
                    }
                }).isInstanceOf(SocketException.class).hasMessageContaining("reset");
                assertThat(got.size()).isEqualTo(1000);
                assertThatThrownBy(() -> client.getInputStream().read())
                        .isInstanceOf(SocketException.class).hasMessageContaining("reset");
            }
            assertThat(proxy.conditionLog().count(ConditionKind.RESET)).isEqualTo(1);
            recorder.await(e -> e.kind() == EventKind.CONDITION
                    && e.message().equals("reset connection #1 after 1,000 bytes client->target"), 1);
        }
    }

    @Test
    void closeAfterATimeEndsTheConnectionCleanly() throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            TcpProxy proxy = proxyTo(echo.port(), new TcpConditions(0, 0, 0, 0, 0, false, 0, 50, false));
            try (Socket client = connect(proxy.localAddress().getPort())) {
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(proxy.conditionLog().count(ConditionKind.CLOSED)).isEqualTo(1);
            assertThat(proxy.conditionLog().count(ConditionKind.RESET)).isZero();
            recorder.await(e -> e.kind() == EventKind.CONDITION
                    && e.message().equals("closed connection #1 after 50 ms"), 1);
        }
    }

    @Test
    void jitterNeverReordersTheStream() throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            TcpProxy proxy = proxyTo(echo.port(), new TcpConditions(10, 10, 0, 0, 0, false, 0, 0, false));
            try (Socket client = connect(proxy.localAddress().getPort())) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 200; i++) {
                    String line = i + "\n";
                    lines.append(line);
                    client.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
                }
                byte[] expected = lines.toString().getBytes(StandardCharsets.UTF_8);
                assertThat(new String(client.getInputStream().readNBytes(expected.length), StandardCharsets.UTF_8))
                        .isEqualTo(lines.toString());
            }
            assertThat(proxy.conditionLog().count(ConditionKind.DELAYED)).isPositive();
        }
    }

    @Test
    void aStallHoldsBytesUntilLifted() throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            TcpConditions stalled = new TcpConditions(0, 0, 0, 0, 0, true, 0, 0, false);
            TcpProxy proxy = proxyTo(echo.port(), TcpConditions.NONE);
            proxy.setConditions(ProxyDirection.UPSTREAM, stalled);
            try (Socket client = connect(proxy.localAddress().getPort())) {
                client.getOutputStream().write("held\n".getBytes(StandardCharsets.UTF_8));
                recorder.await(e -> e.kind() == EventKind.CONDITION
                        && e.message().startsWith("stalled: holding 5"), 1);
                assertThat(echo.echoed()).isZero();
                proxy.setConditions(ProxyDirection.UPSTREAM, TcpConditions.NONE);
                assertThat(new String(client.getInputStream().readNBytes(5), StandardCharsets.UTF_8))
                        .isEqualTo("held\n");
            }
        }
    }

    @Test
    void slicesArriveInPiecesOfTheSetSize() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            TcpProxy proxy = engine.startTcpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1", target.getLocalPort()),
                    new TcpConditions(0, 0, 0, 250, 100, false, 0, 0, false), TcpConditions.NONE);
            try (Socket client = connect(proxy.localAddress().getPort()); Socket peer = target.accept()) {
                peer.setSoTimeout(10_000);
                client.getOutputStream().write(new byte[1000]);
                byte[] buffer = new byte[4096];
                List<Integer> reads = new ArrayList<>();
                for (int total = 0; total < 1000; ) {
                    int n = peer.getInputStream().read(buffer);
                    reads.add(n);
                    total += n;
                }
                assertThat(reads).containsExactly(250, 250, 250, 250);
            }
            assertThat(proxy.conditionLog().count(ConditionKind.SLICED)).isEqualTo(1);
        }
    }

    @Test
    void anUnreachableTargetFailsTheConnectionOnly() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        TcpProxy proxy = proxyTo(closedPort, TcpConditions.NONE);
        try (Socket client = connect(proxy.localAddress().getPort())) {
            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }
        recorder.await(e -> e.kind() == EventKind.FAILED && e.message().contains("could not reach the target"), 1);
        assertThat(proxy.isOpen()).isTrue();
    }
}
