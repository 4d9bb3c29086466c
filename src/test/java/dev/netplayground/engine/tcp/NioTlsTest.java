package dev.netplayground.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tls.Certificates;
import dev.netplayground.engine.tls.ClientAuth;
import dev.netplayground.engine.tls.ClientTls;
import dev.netplayground.engine.tls.KeyMaterial;
import dev.netplayground.engine.tls.Pem;
import dev.netplayground.engine.tls.ServerIdentity;
import dev.netplayground.engine.tls.ServerTls;
import dev.netplayground.engine.tls.TlsClientSettings;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Openssl;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS over SSLEngine on the NIO loops: our client, close_notify, mutual TLS, many clients at once, backpressure.
 * What every model shares (openssl's echo, failures in words) is in TcpTlsTest.
 */
@Timeout(60)
class NioTlsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    @TempDir
    Path dir;

    private TcpServer nioTlsServer(ClientAuth clientAuth) throws Exception {
        ServerTls tls = ServerTls.create(new ServerIdentity.Generated(dir.resolve("home"), "127.0.0.1"), clientAuth);
        return engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.NIO).withEcho(true), tls,
                (id, peer, line) -> { });
    }

    private ClientTls trusting(TcpServer server) throws Exception {
        return ClientTls.create(TlsClientSettings.verifying().withCaFile(server.tls().certificatePem()));
    }

    private SSLSocket connect(TcpServer server) throws Exception {
        Socket plain = new Socket("127.0.0.1", server.localAddress().getPort());
        plain.setSoTimeout(READ_TIMEOUT_MILLIS);
        return trusting(server).wrap(plain, "127.0.0.1", server.localAddress().getPort());
    }

    private static String textOf(Frame frame) {
        assertThat(frame).as("a message within the timeout").isNotNull();
        return new String(frame.payload(), StandardCharsets.UTF_8);
    }

    private String failureOf(TcpServer server) throws InterruptedException {
        return recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.FAILED, 1).get(0)
                .message();
    }

    @Test
    void ourClientGetsItsEchoAndTheServerSaysCloseNotifyWhenItClosesTheConnection() throws Exception {
        TcpServer server = nioTlsServer(ClientAuth.NONE);
        LinkedBlockingQueue<Frame> received = new LinkedBlockingQueue<>();
        TcpClient client = engine.createTcpClient(received::add);
        client.connect("localhost", server.localAddress().getPort(), TIMEOUT, Framing.LINE, 1024, trusting(server))
                .get(20, TimeUnit.SECONDS);
        client.send("from our client\n".getBytes(StandardCharsets.UTF_8)).get(10, TimeUnit.SECONDS);
        assertThat(textOf(received.poll(10, TimeUnit.SECONDS))).isEqualTo("from our client");
        assertThat(recorder.await(server.id(), EventKind.SECURED).message()).startsWith("TLS TLSv1.3");

        try (Socket plain = new Socket("127.0.0.1", server.localAddress().getPort())) {
            plain.setSoTimeout(READ_TIMEOUT_MILLIS);
            SSLSocket tls = trusting(server).wrap(plain, "127.0.0.1", server.localAddress().getPort());
            // TLS 1.2 sends its alerts as alert records, and nothing after the handshake unasked.
            tls.setEnabledProtocols(new String[] {"TLSv1.2"});
            tls.startHandshake();
            recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.SECURED, 2);
            assertThat(server.closeConnection(server.connections().get(1).id())).isTrue();
            assertThat(plain.getInputStream().read()).as("a TLS alert record (close_notify)").isEqualTo(0x15);
        }
    }

    @Test
    void aRequiredClientCertificateIsRefusedInWordsWithoutOneAndItsSubjectShownWithOne() throws Exception {
        TcpServer server = nioTlsServer(ClientAuth.NEED);
        try (Openssl client = Openssl.run("s_client", "-connect", "127.0.0.1:" + server.localAddress().getPort(),
                "-quiet")) {
            client.type("no certificate\n");
            assertThat(failureOf(server)).isEqualTo("TLS handshake failed: the client sent no certificate, and this "
                    + "server requires one (client authentication: need).");
        }
        KeyMaterial me = Certificates.selfSigned("me", List.of("localhost"));
        Path cert = dir.resolve("me-cert.pem");
        Path key = dir.resolve("me-key.pem");
        Pem.writePrivate(cert, Pem.certificates(me.chain()));
        Pem.writePrivate(key, Pem.privateKey(me.key()));
        LinkedBlockingQueue<Frame> received = new LinkedBlockingQueue<>();
        TcpClient client = engine.createTcpClient(received::add);
        client.connect("127.0.0.1", server.localAddress().getPort(), TIMEOUT, Framing.LINE, 1024,
                ClientTls.create(TlsClientSettings.verifying().withCaFile(server.tls().certificatePem())
                        .withClientCertificate(cert, key))).get(20, TimeUnit.SECONDS);
        assertThat(recorder.await(server.id(), EventKind.SECURED).message()).contains("peer CN=me");
        client.send("mutual\n".getBytes(StandardCharsets.UTF_8)).get(10, TimeUnit.SECONDS);
        assertThat(textOf(received.poll(10, TimeUnit.SECONDS))).isEqualTo("mutual");
    }

    @Test
    void fiftyClientsAtOnceEachGetTheirOwnEcho() throws Exception {
        TcpServer server = nioTlsServer(ClientAuth.NONE);
        int clients = 50;
        List<Future<List<String>>> echoes = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                int client = i;
                echoes.add(pool.submit(() -> echoOf(server, client)));
            }
            for (int i = 0; i < clients; i++) {
                String name = "client " + i;
                assertThat(echoes.get(i).get(30, TimeUnit.SECONDS))
                        .containsExactly(name + " line 0", name + " line 1", name + " line 2");
            }
        }
        assertThat(recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.SECURED, clients))
                .hasSize(clients);
    }

    private static BufferedReader reader(Socket socket) throws java.io.IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private List<String> echoOf(TcpServer server, int client) throws Exception {
        try (SSLSocket socket = connect(server)) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = reader(socket);
            List<String> lines = new ArrayList<>();
            for (int line = 0; line < 3; line++) {
                out.write(("client " + client + " line " + line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                lines.add(in.readLine());
            }
            return lines;
        }
    }

    @Test
    void megabytesMoreThanTheSocketsHoldComeBackWholeThroughBackpressure() throws Exception {
        TcpServer server = nioTlsServer(ClientAuth.NONE);
        byte[] line = new byte[999];
        Arrays.fill(line, (byte) 'x');
        int lines = 4_000;
        try (SSLSocket socket = connect(server);
                ExecutorService writer = Executors.newVirtualThreadPerTaskExecutor()) {
            socket.startHandshake();
            Future<?> written = writer.submit(() -> {
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < lines; i++) {
                    out.write(line);
                    out.write('\n');
                }
                out.flush();
                return null;
            });
            BufferedReader in = reader(socket);
            String expected = new String(line, StandardCharsets.US_ASCII);
            for (int i = 0; i < lines; i++) {
                assertThat(in.readLine()).as("line %d", i).isEqualTo(expected);
            }
            written.get(30, TimeUnit.SECONDS);
        }
    }
}
