package dev.netplayground.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.testing.ClosedPorts;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.SlowEchoServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The load generator against our echo server on loopback. */
@Timeout(60)
class LoadRunTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final AtomicLong linesAtServer = new AtomicLong();

    private TcpServer echoServer(ConcurrencyModel model) throws Exception {
        return engine.startTcpServer(TcpServerConfig.defaults(0, model).withEcho(true),
                (id, peer, line) -> linesAtServer.incrementAndGet());
    }

    private LoadRun load(TcpServer server, int clients, Duration duration) {
        return engine.startLoad(LoadConfig.of("127.0.0.1", server.localAddress().getPort(), clients, duration));
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void countsMatchWhatTheServerReceivedAndLatenciesAreSane(ConcurrencyModel model) throws Exception {
        TcpServer server = echoServer(model);
        LoadRun run = load(server, 20, Duration.ofMillis(800));
        LoadResult result = run.done().get(30, TimeUnit.SECONDS);
        assertThat(result.connected()).isEqualTo(20);
        assertThat(result.errors()).isEmpty();
        assertThat(result.messages()).isPositive().isEqualTo(linesAtServer.get());
        assertThat(result.bytes()).isEqualTo(result.messages() * 32);
        Latencies latencies = result.latencies();
        assertThat(latencies.p50Nanos()).isPositive().isLessThanOrEqualTo(latencies.p99Nanos());
        assertThat(latencies.p99Nanos()).isLessThanOrEqualTo(latencies.maxNanos());
        assertThat(engine.endpointIds()).doesNotContain(run.id());
    }

    @Test
    void aServerThatNeverEchoesCountsAnErrorInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            LoadConfig config = new LoadConfig("127.0.0.1", silent.getLocalPort(), 2, Duration.ofMillis(200), 32, 0,
                    Duration.ofMillis(500));
            LoadResult result = engine.startLoad(config).done().get(20, TimeUnit.SECONDS);
            assertThat(result.messages()).isZero();
            assertThat(result.errors()).containsEntry("no echo in time", 2L);
        }
    }

    @Test
    void aFixedRatePacesEachClient() throws Exception {
        TcpServer server = echoServer(ConcurrencyModel.NIO);
        LoadConfig config = new LoadConfig("127.0.0.1", server.localAddress().getPort(), 4, Duration.ofSeconds(1),
                64, 50, Duration.ofSeconds(5));
        LoadResult result = engine.startLoad(config).done().get(30, TimeUnit.SECONDS);
        // 4 clients x 50/s x 1 s, give or take the first and the last message.
        assertThat(result.messages()).isBetween(190L, 210L);
        assertThat(result.messages()).isEqualTo(linesAtServer.get());
    }

    @Test
    void withARateEachRoundTripCountsFromWhenItsLineWasDueSoAStallShowsInTheP99() throws Exception {
        try (SlowEchoServer server = new SlowEchoServer(line -> line == 20 ? Duration.ofSeconds(1) : Duration.ZERO)) {
            LoadConfig config = new LoadConfig("127.0.0.1", server.port(), 1, Duration.ofSeconds(2), 32, 100,
                    Duration.ofSeconds(5));
            LoadResult result = engine.startLoad(config).done().get(30, TimeUnit.SECONDS);

            assertThat(result.errors()).isEmpty();
            // More than 100 lines, so the p99 is not just the slowest one.
            assertThat(result.messages()).isGreaterThan(100);
            // Line 20 waited 1 s for its echo, and each of lines 21 to 30, due 10 to 100 ms after it, waited
            // behind it until at least 0.9 s after it was due: 11 lines, more than 1 % of at most 200.
            assertThat(result.latencies().p99Nanos()).isGreaterThanOrEqualTo(Duration.ofMillis(900).toNanos());
        }
    }

    @Test
    void countsErrorsWhenTheServerStopsMidRun() throws Exception {
        TcpServer server = echoServer(ConcurrencyModel.VIRTUAL);
        LoadRun run = load(server, 10, Duration.ofSeconds(20));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> run.messages() > 100);
        engine.release(server);
        LoadResult result = run.done().get(30, TimeUnit.SECONDS);
        assertThat(result.errorCount()).isEqualTo(10);
        assertThat(result.errors().keySet()).isSubsetOf("closed by server", "reset", "broken pipe");
    }

    @Test
    void refusedConnectionsAreCountedByKind() throws Exception {
        int port = ClosedPorts.tcp();
        LoadResult result = engine.startLoad(LoadConfig.of("127.0.0.1", port, 5, Duration.ofSeconds(1)))
                .done().get(30, TimeUnit.SECONDS);
        assertThat(result.connected()).isZero();
        assertThat(result.errors()).containsEntry("refused", 5L);
    }

    @Test
    void closingStopsEarlyWithoutCountingErrors() throws Exception {
        TcpServer server = echoServer(ConcurrencyModel.NIO);
        LoadRun run = load(server, 5, Duration.ofSeconds(30));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> run.messages() > 10);
        run.close();
        LoadResult result = run.done().get(10, TimeUnit.SECONDS);
        assertThat(result.errors()).isEmpty();
        assertThat(result.seconds()).isLessThan(30);
    }
}
