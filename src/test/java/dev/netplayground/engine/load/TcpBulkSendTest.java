package dev.netplayground.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.testing.ClosedPorts;
import dev.netplayground.testing.EngineExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bulk sender against our servers on loopback. */
@Timeout(60)
class TcpBulkSendTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final AtomicLong bytesAtServer = new AtomicLong();
    private final AtomicLong linesAtServer = new AtomicLong();

    private int server(ConcurrencyModel model, boolean echo) throws Exception {
        TcpServerConfig config = TcpServerConfig.defaults(0, model).withEcho(echo);
        TcpServer server = engine.startTcpServer(config, (id, peer, line) -> {
            bytesAtServer.addAndGet(line.bytes().length);
            linesAtServer.incrementAndGet();
        });
        return server.localAddress().getPort();
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void everyByteSentIsReadByTheServerBeforeTheTimeStops(ConcurrencyModel model) throws Exception {
        int port = server(model, false);
        TcpBulkSend.Result result = TcpBulkSend.run("127.0.0.1", port, Duration.ofMillis(300), 1000);
        assertThat(result.serverClosed()).isTrue();
        assertThat(result.bytes()).isPositive().isEqualTo(bytesAtServer.get());
        assertThat(linesAtServer.get()).isEqualTo(result.bytes() / 1000);
        assertThat(result.bytesPerSecond()).isPositive();
    }

    @Test
    void anEchoingServerIsDrainedAndItsAnswerCounted() throws Exception {
        int port = server(ConcurrencyModel.NIO, true);
        TcpBulkSend.Result result = TcpBulkSend.run("127.0.0.1", port, Duration.ofMillis(300), 4096);
        assertThat(result.serverClosed()).isTrue();
        assertThat(result.bytesBack()).isEqualTo(result.bytes());
    }

    @Test
    void blocksAreWholeLinesOfTheChosenLength() {
        byte[] block = TcpBulkSend.block(100);
        assertThat(block.length % 100).isZero();
        for (int i = 0; i < block.length; i++) {
            assertThat(block[i] == '\n').as("byte %d", i).isEqualTo(i % 100 == 99);
        }
    }

    @Test
    void aRefusedConnectionSaysNothingListens() throws Exception {
        int closedPort = ClosedPorts.tcp();
        assertThatThrownBy(() -> TcpBulkSend.run("127.0.0.1", closedPort, Duration.ofMillis(100), 100))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("nothing is listening");
    }
}
