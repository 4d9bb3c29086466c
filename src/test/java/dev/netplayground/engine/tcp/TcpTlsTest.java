package dev.netplayground.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TLS in every model against the real openssl, and every handshake failure in words (NIO's own in NioTlsTest). */
@Timeout(60)
class TcpTlsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    @TempDir
    Path dir;

    private TcpServer tlsServer(ConcurrencyModel model, ClientAuth clientAuth) throws Exception {
        ServerTls tls = ServerTls.create(new ServerIdentity.Generated(dir.resolve("home"), "127.0.0.1"), clientAuth);
        return engine.startTcpServer(TcpServerConfig.defaults(0, model).withEcho(true), tls, (id, peer, line) -> { });
    }

    private Path serverPem(TcpServer server) {
        return server.tls().certificatePem();
    }

    /** A certificate and key written as PEM files, named {@code name}-cert.pem and {@code name}-key.pem. */
    private Path[] pemPair(String name, KeyMaterial material) throws Exception {
        Path cert = dir.resolve(name + "-cert.pem");
        Path key = dir.resolve(name + "-key.pem");
        Pem.writePrivate(cert, Pem.certificates(material.chain()));
        Pem.writePrivate(key, Pem.privateKey(material.key()));
        return new Path[] {cert, key};
    }

    private String failureOf(TcpServer server) throws InterruptedException {
        return recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.FAILED, 1).get(0)
                .message();
    }

    private String clientFailure(TlsClientSettings settings, int port) throws Exception {
        TcpClient client = engine.createTcpClient(frame -> { });
        assertThatThrownBy(() -> client.connect("localhost", port, TIMEOUT, Framing.RAW, 1024,
                ClientTls.create(settings)).get(20, TimeUnit.SECONDS)).as(() -> recorder.events().toString())
                .isInstanceOf(ExecutionException.class);
        return recorder.await(e -> e.endpoint().equals(client.id()) && e.kind() == EventKind.FAILED, 1).get(0)
                .message();
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void opensslClientVerifiesOurCertificateAndGetsItsEchoWithTheFactsLogged(ConcurrencyModel model)
            throws Exception {
        TcpServer server = tlsServer(model, ClientAuth.NONE);
        assertThat(server.url()).startsWith("tls://127.0.0.1:");
        try (Openssl client = Openssl.run("s_client", "-connect", "127.0.0.1:" + server.localAddress().getPort(),
                "-CAfile", serverPem(server).toString(), "-verify_return_error", "-verify_ip", "127.0.0.1",
                "-quiet")) {
            client.type("hello tls\n");
            assertThat(client.out().next()).isEqualTo("hello tls");
            client.type("second line\n");
            assertThat(client.out().next()).isEqualTo("second line");
        }
        assertThat(recorder.await(server.id(), EventKind.SECURED).message()).startsWith("TLS TLSv1.3, TLS_")
                .contains("no peer certificate").contains("handshake ");
    }

    @Test
    void ourClientTalksToOpensslServerTrustingItsCertificateByCaFile() throws Exception {
        Path[] pair = pemPair("server", Certificates.selfSigned("localhost", List.of("localhost", "127.0.0.1")));
        try (Openssl server = Openssl.run("s_server", "-accept", "0", "-cert", pair[0].toString(), "-key",
                pair[1].toString(), "-naccept", "1")) {
            int port = server.acceptPort();
            LinkedBlockingQueue<Frame> received = new LinkedBlockingQueue<>();
            TcpClient client = engine.createTcpClient(received::add);
            client.connect("localhost", port, TIMEOUT, Framing.RAW, 1024,
                    ClientTls.create(TlsClientSettings.verifying().withCaFile(pair[0]))).get(20, TimeUnit.SECONDS);
            assertThat(recorder.await(client.id(), EventKind.SECURED).message()).startsWith("TLS TLSv1.3")
                    .contains("peer CN=localhost");
            client.send("from java\n".getBytes(StandardCharsets.UTF_8)).get(10, TimeUnit.SECONDS);
            String line;
            do {
                line = server.out().next();
            } while (!line.equals("from java"));
        }
    }

    @Test
    void unknownIssuerHostNameMismatchAndExpiryAreSaidInWords() throws Exception {
        Path[] good = pemPair("good", Certificates.selfSigned("localhost", List.of("localhost")));
        KeyMaterial authority = Certificates.authority("Test CA");
        Path[] ca = pemPair("ca", authority);
        Path[] expired = pemPair("expired", Certificates.issued(authority, "localhost", List.of("localhost"),
                Instant.now().minus(Duration.ofDays(30)), Duration.ofDays(1)));
        try (Openssl server = Openssl.run("s_server", "-accept", "0", "-cert", good[0].toString(), "-key",
                good[1].toString())) {
            int port = server.acceptPort();
            assertThat(clientFailure(TlsClientSettings.verifying(), port)).isEqualTo("TLS handshake failed: unknown "
                    + "issuer: the server's certificate is not signed by an authority this client trusts. Pass its CA "
                    + "(or the certificate itself) with --cacert, or pin it.");
            assertThat(clientFailure(TlsClientSettings.verifying().withCaFile(good[0]).withServerName("example.com"),
                    port)).isEqualTo("TLS handshake failed: host name mismatch: the server's certificate is not "
                    + "valid for 'example.com'. Connect by a name it lists, or set that name with --servername.");
        }
        try (Openssl server = Openssl.run("s_server", "-accept", "0", "-cert", expired[0].toString(), "-key",
                expired[1].toString())) {
            assertThat(clientFailure(TlsClientSettings.verifying().withCaFile(ca[0]), server.acceptPort()))
                    .startsWith("TLS handshake failed: the server's certificate has expired (");
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aClientWithNoProtocolInCommonIsToldInWords(ConcurrencyModel model) throws Exception {
        TcpServer ours = tlsServer(model, ClientAuth.NONE);
        try (Openssl client = Openssl.run("s_client", "-connect", "127.0.0.1:" + ours.localAddress().getPort(),
                "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0")) {
            assertThat(failureOf(ours)).startsWith("TLS handshake failed: no common protocol or cipher: this side "
                    + "and the client share no TLS version or cipher suite");
        }
    }

    @Test
    void aServerWithNoProtocolInCommonIsToldInWords() throws Exception {
        Path[] pair = pemPair("old", Certificates.selfSigned("localhost", List.of("localhost")));
        try (Openssl server = Openssl.run("s_server", "-accept", "0", "-cert", pair[0].toString(), "-key",
                pair[1].toString(), "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0")) {
            assertThat(clientFailure(TlsClientSettings.verifying().withCaFile(pair[0]), server.acceptPort()))
                    .startsWith("TLS handshake failed: no common protocol or cipher: this side and the server share "
                            + "no TLS version or cipher suite");
        }
    }

    @Test
    void aRequiredClientCertificateIsSaidOnBothSidesAndOneThatIsSentIsShown() throws Exception {
        TcpServer ours = tlsServer(ConcurrencyModel.BLOCKING, ClientAuth.NEED);
        try (Openssl client = Openssl.run("s_client", "-connect", "127.0.0.1:" + ours.localAddress().getPort(),
                "-quiet")) {
            client.type("no certificate\n");
            assertThat(failureOf(ours)).isEqualTo("TLS handshake failed: the client sent no certificate, and this "
                    + "server requires one (client authentication: need).");
        }
        Path[] me = pemPair("me", Certificates.selfSigned("me", List.of("localhost")));
        TcpClient client = engine.createTcpClient(frame -> { });
        client.connect("127.0.0.1", ours.localAddress().getPort(), TIMEOUT, Framing.RAW, 1024,
                ClientTls.create(TlsClientSettings.verifying().withCaFile(serverPem(ours))
                        .withClientCertificate(me[0], me[1]))).get(20, TimeUnit.SECONDS);
        assertThat(recorder.await(ours.id(), EventKind.SECURED).message()).contains("peer CN=me");

        Path[] pair = pemPair("asks", Certificates.selfSigned("localhost", List.of("localhost")));
        try (Openssl server = Openssl.run("s_server", "-accept", "0", "-cert", pair[0].toString(), "-key",
                pair[1].toString(), "-Verify", "1")) {
            int port = server.acceptPort();
            TcpClient without = engine.createTcpClient(frame -> { });
            // TLS 1.3: the client learns of it when the server's alert arrives, after its own Finished.
            without.connect("localhost", port, TIMEOUT, Framing.RAW, 1024,
                    ClientTls.create(TlsClientSettings.verifying().withCaFile(pair[0])));
            assertThat(recorder.await(e -> e.endpoint().equals(without.id()) && e.kind() == EventKind.FAILED, 1)
                    .get(0).message()).contains("client certificate required");
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void plainTextToATlsPortIsRefusedInWords(ConcurrencyModel model) throws Exception {
        TcpServer ours = tlsServer(model, ClientAuth.NONE);
        try (Socket plain = new Socket("127.0.0.1", ours.localAddress().getPort())) {
            plain.setSoTimeout(READ_TIMEOUT_MILLIS);
            plain.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(failureOf(ours)).isEqualTo("Refused: the client spoke plain text, it looks like HTTP, to a TLS "
                    + "port (connect with TLS, e.g. https:// or --tls).");
            assertThat(plain.getInputStream().read()).as("the server closes").isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aClientThatConnectsAndSendsNothingIsDroppedAtTheHandshakeTimeoutInWords(ConcurrencyModel model)
            throws Exception {
        ServerTls tls = ServerTls.create(new ServerIdentity.Generated(dir.resolve("home"), "127.0.0.1"),
                ClientAuth.NONE);
        assertThat(tls.handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
        TcpServer ours = engine.startTcpServer(TcpServerConfig.defaults(0, model),
                tls.withHandshakeTimeout(Duration.ofMillis(200)), (id, peer, line) -> { });
        try (Socket silent = new Socket("127.0.0.1", ours.localAddress().getPort())) {
            silent.setSoTimeout(READ_TIMEOUT_MILLIS);
            assertThat(failureOf(ours)).isEqualTo("TLS handshake failed: the client stopped answering during the "
                    + "handshake (timed out).");
            assertThat(silent.getInputStream().read()).as("the server closes").isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aTlsHandshakeAtAPlainPortIsSaidInWords(ConcurrencyModel model) throws Exception {
        TcpServer plain = engine.startTcpServer(TcpServerConfig.defaults(0, model), (id, peer, line) -> { });
        TcpClient client = engine.createTcpClient(frame -> { });
        client.connect("127.0.0.1", plain.localAddress().getPort(), Duration.ofSeconds(5), Framing.RAW, 1024,
                ClientTls.create(TlsClientSettings.verifying()));
        assertThat(failureOf(plain)).endsWith("the client started a TLS handshake on a plain-text port (connect "
                + "without TLS, or start this server with TLS on).");
        assertThat(recorder.await(plain.id(), EventKind.CLOSED).message())
                .contains("closed: a TLS handshake on a plain-text port");
    }
}
