package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tls.ClientAuth;
import dev.netplayground.engine.tls.ServerIdentity;
import dev.netplayground.engine.tls.ServerTls;
import dev.netplayground.testing.Curl;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Ipv6Loopback;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS on the embedded server's NIO loops, against the real curl. */
@Timeout(60)
class HttpsTest {
    private static final String DATA = "{\"number\":5,\"boolean\":true}";
    /** As warp's JSON filter, the server refuses curl's default form type for -d. */
    private static final String JSON = "Content-Type: application/json";

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    private final List<Data> accepted = new CopyOnWriteArrayList<>();
    @TempDir
    Path dir;

    private DataServer httpsServer(String bind) throws Exception {
        ServerTls tls = ServerTls.create(new ServerIdentity.Generated(dir.resolve("home"), bind), ClientAuth.NONE);
        return engine.startDataServer(new DataServerConfig(bind, 0, DataServerConfig.DEFAULT_MAX_BODY_BYTES), tls,
                accepted::add);
    }

    private static String dataUrl(String host, int port) {
        return "https://" + host + ":" + port + "/data";
    }

    private String pem(DataServer server) {
        return server.tls().certificatePem().toString();
    }

    @Test
    void curlTrustingOurCertificatePostsDataOverTlsWithHttp11ByAlpn() throws Exception {
        DataServer server = httpsServer("127.0.0.1");
        int port = server.localAddress().getPort();
        assertThat(server.url()).isEqualTo("https://127.0.0.1:" + port);

        Curl.Result post = Curl.run("--cacert", pem(server), "-H", JSON, "-d", DATA, dataUrl("localhost", port));
        assertThat(post.exit()).as(post.err()).isZero();
        assertThat(post.out()).isEqualTo("Received: Data { number: 5, boolean: true }");
        assertThat(accepted).hasSize(1);
        assertThat(recorder.await(server.id(), EventKind.SECURED).message()).startsWith("TLS TLSv1.3, TLS_")
                .contains(", ALPN http/1.1, ").contains("handshake ");
    }

    @Test
    void curlThatDoesNotTrustOurCertificateFailsWithACertificateError() throws Exception {
        DataServer server = httpsServer("127.0.0.1");
        Curl.Result post = Curl.run("-H", JSON, "-d", DATA, dataUrl("localhost", server.localAddress().getPort()));
        assertThat(post.exit()).as(post.err()).isEqualTo(60);
        assertThat(accepted).isEmpty();
        assertThat(recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.FAILED, 1)
                .get(0).message()).startsWith("TLS handshake failed: the client does not trust this server's "
                        + "certificate");
    }

    @Test
    void curlPostsOverIpv6() throws Exception {
        Ipv6Loopback.assumeAvailable();
        DataServer server = httpsServer("::1");
        int port = server.localAddress().getPort();
        assertThat(server.url()).isEqualTo("https://[::1]:" + port);
        Curl.Result post = Curl.run("--cacert", pem(server), "-H", JSON, "-d", DATA, dataUrl("[::1]", port));
        assertThat(post.exit()).as(post.err()).isZero();
        assertThat(post.out()).isEqualTo("Received: Data { number: 5, boolean: true }");
    }

    @Test
    void plainHttpToTheHttpsPortIsRefusedInWords() throws Exception {
        DataServer server = httpsServer("127.0.0.1");
        String plainUrl = "http://127.0.0.1:" + server.localAddress().getPort() + "/data";
        Curl.Result post = Curl.run("-H", JSON, "-d", DATA, plainUrl);
        assertThat(post.exit()).as(post.out()).isNotZero();
        assertThat(recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.FAILED, 1)
                .get(0).message()).isEqualTo("Refused: the client spoke plain text, it looks like HTTP, to a TLS "
                        + "port (connect with TLS, e.g. https:// or --tls).");
        assertThat(accepted).isEmpty();
    }
}
