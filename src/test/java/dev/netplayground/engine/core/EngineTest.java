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
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
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

    @Test
    void choresRunWhileSomethingRunsAndSleepAtRest() throws Exception {
        try (Engine engine = new Engine()) {
            AtomicInteger runs = new AtomicInteger();
            BusyChore chore = engine.whileBusy(20, runs::incrementAndGet);
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> !chore.isAwake());
            int atRest = runs.get();

            TcpServerConfig nio = TcpServerConfig.defaults(0, ConcurrencyModel.NIO);
            TcpServer server = engine.startTcpServer(nio, MessageHandler.NONE);
            assertThat(chore.isAwake()).as("woken by the server's start").isTrue();
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> runs.get() >= atRest + 5);
            assertThat(chore.isAwake()).as("awake while the server listens").isTrue();

            engine.release(server);
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> !chore.isAwake());

            engine.startTcpServer(nio, MessageHandler.NONE);
            chore.cancel();
            Awaitility.await("cancelled, it sleeps though a server listens").atMost(10, TimeUnit.SECONDS)
                    .until(() -> !chore.isAwake());
        }
    }
}
