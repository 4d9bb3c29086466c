package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.testing.EngineExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OkHttp client against a raw server that answers with a body of a chosen size, and without one. */
@Timeout(30)
class DataClientTest {
    private static final int LIMIT = 64 * 1024;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();

    @Test
    void aBodyLongerThanTheLimitIsCutAtItAndSaidToBe() throws Exception {
        try (ServerSocket server = serverAnswering(3 * LIMIT)) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/data";
            HttpResult result = engine.createDataClient(LIMIT).post(url, "{}", Duration.ofSeconds(10))
                    .get(20, TimeUnit.SECONDS);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.isCut()).isTrue();
            assertThat(result.cutAt()).isEqualTo(LIMIT);
            assertThat(result.body()).hasSize(LIMIT).matches("x+");
            assertThat(engines.recorder().await(e -> e.kind() == EventKind.RECEIVED, 1).get(0).message())
                    .contains("body cut at 65,536 bytes");
        }
    }

    @Test
    void aBodyOfExactlyTheLimitIsWhole() throws Exception {
        try (ServerSocket server = serverAnswering(LIMIT)) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/data";
            HttpResult result = engine.createDataClient(LIMIT).post(url, "{}", Duration.ofSeconds(10))
                    .get(20, TimeUnit.SECONDS);
            assertThat(result.isCut()).isFalse();
            assertThat(result.body()).hasSize(LIMIT);
        }
    }

    @Test
    void aRequestTheClientCannotMakeStillEndsItsFuture() throws Exception {
        // A request that cannot be made (a negative timeout) fails its future: the caller never waits forever.
        CompletableFuture<HttpResult> result = engine.createDataClient()
                .post("http://127.0.0.1:9/data", "{}", Duration.ofMillis(-1));

        assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    /** Answers one request with {@code size} bytes of 'x' (Content-Length), then closes. */
    private static ServerSocket serverAnswering(int size) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CompletableFuture.runAsync(() -> {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                readHead(socket.getInputStream());
                byte[] body = new byte[size];
                Arrays.fill(body, (byte) 'x');
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // The client may close before reading all of a cut body.
            }
        });
        return server;
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        in.readNBytes(2); // the request's "{}" body
    }
}
