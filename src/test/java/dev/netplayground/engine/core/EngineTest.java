package dev.netplayground.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpClient;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.testing.Threads;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class EngineTest {
    @Test
    void closingStopsEveryEndpointAndThread() throws Exception {
        Engine engine = new Engine();
        for (ConcurrencyModel model : ConcurrencyModel.values()) {
            engine.startTcpServer(TcpServerConfig.defaults(0, model).withEcho(true), MessageHandler.NONE);
        }
        TcpServer target =
                engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.BLOCKING), MessageHandler.NONE);
        TcpClient client = engine.createTcpClient(bytes -> {});
        client.connect("127.0.0.1", target.localAddress().getPort(), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThat(engine.endpointIds()).hasSize(5);

        engine.close();

        assertThat(engine.endpointIds()).isEmpty();
        assertThat(engine.isTerminated()).isTrue();
        assertThat(Threads.engineThreads()).isEmpty();
        assertThat(client.isConnected()).isFalse();
    }

    @Test
    void idsNameTheKindAndCount() throws Exception {
        try (Engine engine = new Engine()) {
            TcpServerConfig nio = TcpServerConfig.defaults(0, ConcurrencyModel.NIO);
            TcpServer first = engine.startTcpServer(nio, MessageHandler.NONE);
            TcpServer second = engine.startTcpServer(nio, MessageHandler.NONE);
            assertThat(first.id()).isEqualTo("tcp-server-1");
            assertThat(second.id()).isEqualTo("tcp-server-2");
            engine.release(first);
            assertThat(engine.endpointIds()).containsExactly("tcp-server-2");
        }
    }

    @Test
    void refusesNewEndpointsOnceClosed() {
        Engine engine = new Engine();
        engine.close();
        assertThatThrownBy(() -> engine.createTcpClient(bytes -> {})).hasMessageContaining("shut down");
    }
}
