package dev.netplayground.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.DataServer;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.testing.ClosedPorts;
import dev.netplayground.testing.EngineExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP load generator against our HTTP server and against raw-socket servers, on loopback. */
@Timeout(60)
class HttpLoadRunTest {
    private static final byte[] DATA = "{\"number\":7,\"boolean\":true}".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();

    private static HttpLoadConfig post(int port, int connections, Duration duration, double rate, Duration timeout) {
        return new HttpLoadConfig("127.0.0.1", port, "POST", "/data", List.of("Content-Type: application/json"),
                DATA, connections, duration, rate, timeout);
    }

    private HttpLoadResult run(HttpLoadConfig config) throws Exception {
        return engine.startHttpLoad(config).done().get(30, TimeUnit.SECONDS);
    }

    @Test
    void everyResponseFromOurServerIsCountedByStatusWithoutErrors() throws Exception {
        AtomicLong accepted = new AtomicLong();
        DataServer server = engine.startDataServer(DataServerConfig.defaults(0), data -> accepted.incrementAndGet());

        HttpLoadRun load = engine.startHttpLoad(post(server.localAddress().getPort(), 8, Duration.ofMillis(800), 0,
                Duration.ofSeconds(5)));
        HttpLoadResult result = load.done().get(30, TimeUnit.SECONDS);

        assertThat(result.connected()).isEqualTo(8);
        assertThat(result.errors()).isEmpty();
        assertThat(result.requests()).isPositive().isLessThanOrEqualTo(accepted.get());
        assertThat(result.statuses()).containsOnlyKeys(200).containsEntry(200, result.requests());
        Latencies latencies = result.latencies();
        assertThat(latencies.p50Nanos()).isPositive().isLessThanOrEqualTo(latencies.p99Nanos());
        assertThat(latencies.p99Nanos()).isLessThanOrEqualTo(latencies.p999Nanos());
        assertThat(latencies.p999Nanos()).isLessThanOrEqualTo(latencies.maxNanos());
        assertThat(engine.endpointIds()).doesNotContain(load.id());
    }

    @Test
    void aRateCapsTheRequestsAtTheSchedule() throws Exception {
        DataServer server = engine.startDataServer(DataServerConfig.defaults(0), data -> { });

        HttpLoadResult result = run(post(server.localAddress().getPort(), 4, Duration.ofSeconds(1), 40,
                Duration.ofSeconds(5)));

        // 40/s for 1 s: no more than the schedule holds, whatever the machine's speed.
        assertThat(result.requests()).isPositive().isLessThanOrEqualTo(40);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void chunkedResponsesOnConnectionsTheServerClosesAreReadAndReconnected() throws Exception {
        String answer = "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "4\r\nnope\r\n0\r\n\r\n";
        try (RawServer server = new RawServer(answer)) {
            HttpLoadResult result = run(post(server.port(), 2, Duration.ofMillis(500), 0, Duration.ofSeconds(5)));

            assertThat(result.errors()).isEmpty();
            assertThat(result.statuses()).containsOnlyKeys(404);
            assertThat(result.requests()).isGreaterThan(2);
            assertThat(result.connected()).isGreaterThanOrEqualTo(result.requests());
        }
    }

    @Test
    void aServerThatClosesWithoutAnsweringCountsClosedByServer() throws Exception {
        assertAnswerCountsOnlyAsError("", "closed by server");
    }

    @Test
    void garbageIsABadResponse() throws Exception {
        assertAnswerCountsOnlyAsError("SSH-2.0-OpenSSH\r\n\r\n", "bad response");
    }

    /** A raw server answering every connection with {@code answer} gets no request counted, only that error. */
    private void assertAnswerCountsOnlyAsError(String answer, String errorKind) throws Exception {
        try (RawServer server = new RawServer(answer)) {
            HttpLoadResult result = run(post(server.port(), 1, Duration.ofMillis(500), 0, Duration.ofSeconds(5)));

            assertThat(result.requests()).isZero();
            assertThat(result.errors()).containsOnlyKeys(errorKind);
        }
    }

    @Test
    void aServerThatNeverAnswersCountsTimeoutsInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            HttpLoadResult result = run(post(silent.getLocalPort(), 2, Duration.ofSeconds(1), 0,
                    Duration.ofMillis(200)));

            assertThat(result.requests()).isZero();
            assertThat(result.errors()).containsOnlyKeys("timeout");
        }
    }

    @Test
    void aClosedPortCountsRefusals() throws Exception {
        HttpLoadResult result = run(post(ClosedPorts.tcp(), 2, Duration.ofMillis(300), 0, Duration.ofSeconds(5)));

        assertThat(result.requests()).isZero();
        assertThat(result.connected()).isZero();
        assertThat(result.errors()).containsOnlyKeys("refused");
    }

    /** Reads each request head and body by its Content-Length, writes {@code answer}, and closes. */
    private static final class RawServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final Thread acceptor;

        RawServer(String answer) throws IOException {
            acceptor = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        client.setSoTimeout(5_000);
                        readRequest(client.getInputStream());
                        OutputStream out = client.getOutputStream();
                        out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    } catch (IOException e) {
                        // Closed to stop, or a client gone: the next accept says which.
                    }
                }
            });
        }

        private static void readRequest(InputStream in) throws IOException {
            String head = "";
            while (!head.endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("closed mid-head");
                }
                head += (char) b;
            }
            in.readNBytes(DATA.length);
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(5_000);
        }
    }
}
