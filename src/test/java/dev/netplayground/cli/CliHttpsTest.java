package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.tls.TlsFailures;
import dev.netplayground.testing.HttpsDataServer;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code http-post} over HTTPS against the JDK's HttpsServer serving a certificate from {@code cert generate}. */
@Timeout(60)
class CliHttpsTest {
    private static final String BODY = "{\"number\":5,\"boolean\":true}";

    @TempDir
    Path dir;
    private Path cert;
    private Path key;

    @BeforeEach
    void generate() {
        CliRun generate = CliRun.of("cert", "generate", "--out", dir.toString());
        assertThat(generate.exit()).as(generate.err()).isZero();
        cert = dir.resolve("cert.pem");
        key = dir.resolve("key.pem");
    }

    private static CliRun post(String url, String... options) {
        String[] args = new String[options.length + 5];
        System.arraycopy(new String[] {"http-post", "--url", url, "--json", BODY}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        return CliRun.of(args);
    }

    @Test
    void anHttpsUrlIsVerifiedWithTheCaFileAndItsTlsFactsShown() throws Exception {
        try (HttpsDataServer server = new HttpsDataServer(cert, key, null)) {
            String url = "https://127.0.0.1:" + server.port() + "/data";
            CliRun run = post(url, "--cacert", cert.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("Received: " + BODY + "\n");
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("secured 127.0.0.1:" + server.port() + ": TLS TLSv1.3, TLS_")
                    .contains(", ALPN none (HTTP/1.1), peer CN=localhost, handshake ").endsWith(" ms");
        }
    }

    @Test
    void tlsSendsAnHttpUrlAsHttps() throws Exception {
        try (HttpsDataServer server = new HttpsDataServer(cert, key, null)) {
            CliRun run = post("http://localhost:" + server.port() + "/data", "--tls", "--cacert", cert.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("Received: " + BODY + "\n");
        }
    }

    @Test
    void unknownIssuerAndHostNameMismatchAreSentences() throws Exception {
        try (HttpsDataServer server = new HttpsDataServer(cert, key, null)) {
            String url = "https://127.0.0.1:" + server.port() + "/data";
            CliRun unknown = post(url);
            assertThat(unknown.exit()).isOne();
            assertThat(unknown.err()).isEqualTo("error: TLS handshake failed: unknown issuer: the server's "
                    + "certificate is not signed by an authority this client trusts. Pass its CA (or the certificate "
                    + "itself) with --cacert, or pin it.\n");
            CliRun mismatch = post(url, "--cacert", cert.toString(), "--servername", "example.com");
            assertThat(mismatch.exit()).isOne();
            assertThat(mismatch.err()).isEqualTo("error: TLS handshake failed: host name mismatch: the server's "
                    + "certificate is not valid for 'example.com'. Connect by a name it lists, or set that name with "
                    + "--servername.\n");
        }
    }

    @Test
    void insecureWorksAndWarnsOnTheRequest() throws Exception {
        try (HttpsDataServer server = new HttpsDataServer(cert, key, null)) {
            CliRun run = post("https://127.0.0.1:" + server.port() + "/data", "--insecure");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("Received: " + BODY + "\n");
            assertThat(run.err()).contains("WARNING: insecure: the server's certificate is not verified");
        }
    }

    @Test
    void aClientCertificateIsSentWhenTheServerRequiresOne() throws Exception {
        CliRun me = CliRun.of("cert", "generate", "--out", dir.resolve("me").toString(), "--name", "me");
        assertThat(me.exit()).as(me.err()).isZero();
        Path myCert = dir.resolve("me/cert.pem");
        try (HttpsDataServer server = new HttpsDataServer(cert, key, myCert)) {
            String url = "https://127.0.0.1:" + server.port() + "/data";
            CliRun without = post(url, "--cacert", cert.toString());
            assertThat(without.exit()).isOne();
            // TLS 1.3: the client learns of it from the server's alert, after its own Finished.
            assertThat(without.errLines()).contains("error: TLS handshake failed: client certificate required: the "
                    + "server asks for one. Pass --cert and --key.");
            CliRun with = post(url, "--cacert", cert.toString(), "--cert", myCert.toString(),
                    "--key", dir.resolve("me/key.pem").toString());
            assertThat(with.exit()).as(with.err()).isZero();
            assertThat(with.out()).isEqualTo("Received: " + BODY + "\n");
        }
    }

    @Test
    void aTls12ServerThatRefusesForWantOfACertificateIsExplained() throws Exception {
        Path myCert = dir.resolve("me/cert.pem");
        assertThat(CliRun.of("cert", "generate", "--out", dir.resolve("me").toString()).exit()).isZero();
        // Over TLS 1.2 the JDK's server answers the client's empty certificate with a bare handshake_failure
        // and closes, often while the client still writes the rest of its flight (a broken pipe instead).
        try (HttpsDataServer server = new HttpsDataServer(cert, key, myCert, "TLSv1.2")) {
            CliRun without = post("https://127.0.0.1:" + server.port() + "/data", "--cacert", cert.toString());
            assertThat(without.exit()).isOne();
            assertThat(without.errLines()).contains("error: " + TlsFailures.CLIENT_CERTIFICATE_REQUIRED);
        }
    }

    @Test
    void tlsOptionsOnAPlainUrlAreOneSentence() {
        CliRun run = post("http://127.0.0.1:1/data", "--insecure");
        assertThat(run.exit()).isOne();
        assertThat(run.err()).isEqualTo("error: --cacert, --insecure, --servername, --cert and --pin need --tls or "
                + "an https:// URL.\n");
    }
}
