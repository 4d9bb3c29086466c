package dev.netplayground.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Queues;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class TcpClientTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();

    private TcpClient client() {
        return engine.createTcpClient(message -> chunks.add(message.bytes()));
    }

    private static int freePortNobodyListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void refusedConnectionSaysWhatToDoAndTheClientCanTryAgain() throws Exception {
        TcpClient client = client();
        int port = freePortNobodyListensOn();
        assertThatThrownBy(() -> client.connect("127.0.0.1", port, Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .hasMessageContaining("Connection refused by 127.0.0.1:" + port)
                .hasMessageContaining("Start a server");
        assertThat(recorder.await(client.id(), EventKind.FAILED).message()).contains("refused");
        assertThat(client.isConnected()).isFalse();

        TcpServerConfig echoing = TcpServerConfig.defaults(0, ConcurrencyModel.VIRTUAL).withEcho(true);
        TcpServer server = engine.startTcpServer(echoing, MessageHandler.NONE);
        client.connect("127.0.0.1", server.localAddress().getPort(), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThat(client.isConnected()).isTrue();
    }

    @Test
    void unknownHostSaysSo() {
        TcpClient client = client();
        assertThatThrownBy(
                () -> client.connect("no-such-host.invalid", 80, Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS))
                .cause()
                .hasMessageContaining("Unknown host 'no-such-host.invalid'");
    }

    @Test
    void sendsInOrderAndReceivesTheEchoThenNoticesTheServerClosing() throws Exception {
        TcpServerConfig echoing = TcpServerConfig.defaults(0, ConcurrencyModel.NIO).withEcho(true);
        TcpServer server = engine.startTcpServer(echoing, MessageHandler.NONE);
        TcpClient client = client();
        client.connect("127.0.0.1", server.localAddress().getPort(), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 100; i++) {
            client.send(("m" + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            expected.append("m").append(i).append("\n");
        }
        assertThat(receive(expected.length())).isEqualTo(expected.toString());
        engine.release(server);
        client.closed().get(10, TimeUnit.SECONDS);
        assertThat(recorder.await(client.id(), EventKind.CLOSED).message()).isEqualTo("closed by server");
        assertThatThrownBy(() -> client.send(new byte[] {1}).get()).cause().hasMessageContaining("Not connected");
    }

    /** What the client received until {@code length} bytes came, waiting at most 10 s per chunk. */
    private String receive(int length) throws InterruptedException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (all.size() < length) {
            all.writeBytes(Queues.next(chunks, "bytes after " + all.size() + " of " + length));
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
