package dev.netplayground.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Threads;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(30)
class TcpServerTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    private final ConcurrentLinkedQueue<Frame> lines = new ConcurrentLinkedQueue<>();

    private TcpServer start(ConcurrencyModel model, boolean echo) throws EndpointStartException {
        return engine.startTcpServer(TcpServerConfig.defaults(0, model).withEcho(echo),
                (id, peer, line) -> lines.add(line));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void manyClientsAtOnceGetEveryLineEchoed(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, true);
        int clients = 40;
        int linesPerClient = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                answers.add(pool.submit(() -> {
                    try (Socket socket = LoopbackClient.connect(server)) {
                        OutputStream out = socket.getOutputStream();
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                        List<String> echoed = new ArrayList<>();
                        for (int i = 0; i < linesPerClient; i++) {
                            out.write(utf8("client " + client + " line " + i + "\n"));
                            echoed.add(in.readLine());
                        }
                        return echoed;
                    }
                }));
            }
            for (int c = 0; c < clients; c++) {
                List<String> echoed = answers.get(c).get(20, TimeUnit.SECONDS);
                assertThat(echoed).hasSize(linesPerClient);
                assertThat(echoed.get(linesPerClient - 1)).isEqualTo("client " + c + " line " + (linesPerClient - 1));
            }
        } finally {
            pool.shutdownNow();
        }
        int total = clients * linesPerClient;
        recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.RECEIVED, total);
        recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.CLOSED, clients);
        assertThat(lines).hasSize(total);
        assertThat(recorder.events(server.id(), EventKind.ACCEPTED)).hasSize(clients);
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void deliversAPartialLastLineWhenThePeerCloses(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, false);
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write(utf8("whole\nno newline"));
        }
        List<NetEvent> received = recorder.await(
                e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.RECEIVED, 2);
        assertThat(received).extracting(NetEvent::summary)
                .containsExactly("whole\\n", "last line, no newline before end of stream");
        assertThat(received.get(1).payload().display()).isEqualTo("no newline");
        assertThat(lines).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8))
                .containsExactly("whole\n", "no newline");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void echoesEverythingBeforeClosingWhenThePeerHalfCloses(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, true);
        byte[] sent = new byte[900 * 1024];
        java.util.Arrays.fill(sent, (byte) 'x');
        for (int i = 99; i < sent.length; i += 100) {
            sent[i] = '\n';
        }
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096); // so the echoes pile up at the server, not in our buffer
            socket.setSoTimeout(10_000);
            socket.connect(server.localAddress());
            // Write it all, half-close, and only then read.
            socket.getOutputStream().write(sent);
            socket.shutdownOutput();
            byte[] back = socket.getInputStream().readAllBytes();
            assertThat(back.length).isEqualTo(sent.length);
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aThrowingLineHandlerIsReportedAndTheConnectionGoesOn(ConcurrencyModel model) throws Exception {
        TcpServerConfig echoing = TcpServerConfig.defaults(0, model).withEcho(true);
        TcpServer server = engine.startTcpServer(echoing, (id, peer, line) -> {
            throw new IllegalStateException("handler bug");
        });
        try (Socket socket = LoopbackClient.connect(server)) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(utf8("one\n"));
            assertThat(in.readLine()).isEqualTo("one");
            out.write(utf8("two\n"));
            assertThat(in.readLine()).isEqualTo("two");
        }
        assertThat(recorder.await(e -> e.kind() == EventKind.FAILED, 1).get(0).message()).contains("handler bug");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void invalidUtf8IsShownAsHexAndEchoedUnchanged(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, true);
        byte[] invalid = {(byte) 0xC3, 0x28, (byte) 0xFF, '\n'};
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write(invalid);
            byte[] echoed = socket.getInputStream().readNBytes(invalid.length);
            assertThat(echoed).isEqualTo(invalid);
        }
        NetEvent received = recorder.await(server.id(), EventKind.RECEIVED);
        assertThat(received.payload().display()).isEqualTo("hex: C3 28 FF 0A");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void stoppingClosesEveryConnectionAndLeavesNoThread(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, false);
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sockets.add(LoopbackClient.connect(server));
        }
        recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.ACCEPTED, 5);
        assertThat(server.connections()).hasSize(5);

        engine.close();

        for (Socket socket : sockets) {
            try (socket; InputStream in = socket.getInputStream()) {
                assertThat(in.read()).as("the server closed the connection").isEqualTo(-1);
            }
        }
        assertThat(recorder.events(server.id(), EventKind.CLOSED)).hasSize(5);
        assertThat(recorder.events(server.id(), EventKind.STOPPED)).hasSize(1);
        assertThat(engine.isTerminated()).isTrue();
        assertThat(Threads.engineThreads()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void portInUseGivesAClearMessage(ConcurrencyModel model) throws Exception {
        TcpServer first = start(ConcurrencyModel.VIRTUAL, false);
        int port = first.localAddress().getPort();
        assertThatThrownBy(() -> engine.startTcpServer(TcpServerConfig.defaults(port, model), MessageHandler.NONE))
                .isInstanceOf(EndpointStartException.class)
                .hasMessageContaining("Port " + port + " on 127.0.0.1 is already in use")
                .hasMessageContaining("0 for a free one");
        assertThat(first.isOpen()).isTrue();
    }

    @Test
    void unknownBindAddressGivesAClearMessage() {
        TcpServerConfig config =
                TcpServerConfig.defaults(0, ConcurrencyModel.NIO).withBindAddress("no-such-host.invalid");
        assertThatThrownBy(() -> engine.startTcpServer(config, MessageHandler.NONE))
                .hasMessageContaining("Unknown bind address 'no-such-host.invalid'");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void refusesConnectionsOverTheLimitAndSaysSo(ConcurrencyModel model) throws Exception {
        TcpServer server = engine.startTcpServer(
                TcpServerConfig.defaults(0, model).withLimits(1024, 1), MessageHandler.NONE);
        try (Socket first = LoopbackClient.connect(server); Socket second = LoopbackClient.connect(server)) {
            NetEvent rejected = recorder.await(server.id(), EventKind.REJECTED);
            assertThat(rejected.message()).contains("limit of 1 connections");
            assertThat(second.getInputStream().read()).isEqualTo(-1);
            assertThat(server.connections()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void reportsLinesOverTheLimitAndLosesNoByte(ConcurrencyModel model) throws Exception {
        TcpServer server = engine.startTcpServer(
                TcpServerConfig.defaults(0, model).withLimits(8, 10), (id, peer, line) -> lines.add(line));
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write(utf8("0123456789abcdefXYZ\n"));
            recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.RECEIVED, 3);
        }
        assertThat(recorder.events(server.id(), EventKind.LIMIT)).hasSize(1);
        StringBuilder joined = new StringBuilder();
        lines.forEach(l -> joined.append(new String(l.bytes(), StandardCharsets.UTF_8)));
        assertThat(joined).hasToString("0123456789abcdefXYZ\n");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void sendsToAndClosesOneChosenConnection(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, false);
        try (Socket socket = LoopbackClient.connect(server)) {
            recorder.await(server.id(), EventKind.ACCEPTED);
            long id = server.connections().get(0).id();
            assertThat(server.send(id, utf8("hi\n"))).isTrue();
            assertThat(socket.getInputStream().readNBytes(3)).isEqualTo(utf8("hi\n"));
            assertThat(server.closeConnection(id)).isTrue();
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(recorder.await(server.id(), EventKind.CLOSED).message()).contains("closed by server");
            assertThat(server.send(id, utf8("late"))).isFalse();
        }
    }

    @Test
    void countsBytesPerConnection() throws Exception {
        TcpServer server = start(ConcurrencyModel.NIO, true);
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write(utf8("12345\n"));
            socket.getInputStream().readNBytes(6);
            recorder.await(server.id(), EventKind.SENT);
            ConnectionInfo info = server.connections().get(0);
            assertThat(info.bytesIn()).isEqualTo(6);
        }
    }
}
