package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.tls.CertificateFacts;
import dev.netplayground.engine.tls.Pem;
import dev.netplayground.testing.Curl;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class CliTlsTest {
    @Test
    void certGenerateWritesACertificateAndKeyThatServeTls(@TempDir Path dir) throws Exception {
        CliRun generate = CliRun.of("cert", "generate", "--out", dir.toString(), "--name", "demo",
                "--san", "localhost", "--san", "127.0.0.1", "--san", "::1");
        assertThat(generate.exit()).as(generate.err()).isZero();
        CertificateFacts facts = CertificateFacts.of(Pem.readCertificates(dir.resolve("cert.pem")).get(0));
        assertThat(facts.subject()).isEqualTo("CN=demo");
        assertThat(facts.sans()).containsExactly("localhost", "127.0.0.1", "::1");
        assertThat(generate.out()).contains("sha256: " + facts.sha256());
        assertThat(Files.readString(dir.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");

        RunningServer server = RunningServer.start("tcp-server", "tls", "--tls", "--echo",
                "--cert", dir.resolve("cert.pem").toString(), "--key", dir.resolve("key.pem").toString());
        assertThat(server.err().nextLine()).isEqualTo("certificate: sha256=" + facts.sha256() + " pem="
                + dir.resolve("cert.pem"));
        CliRun client = CliRun.withInput("secret", "tcp-client", "--port", String.valueOf(server.port()), "--tls",
                "--cacert", dir.resolve("cert.pem").toString(), "--linger", "1000");
        assertThat(client.out()).isEqualTo("secret\n");
        assertThat(client.errLines()).anyMatch(line -> line.startsWith("secured 127.0.0.1:" + server.port()
                + ": TLS TLSv1.3, "));
        assertThat(server.stop()).isZero();
    }

    @Test
    void theNioModelServesTlsToOurClient() throws Exception {
        RunningServer server = RunningServer.start("tcp-server", "tls", "--tls", "--echo", "--model", "nio");
        String pem = server.err().nextLine().replaceFirst("^certificate: sha256=\\S+ pem=", "");
        CliRun client = CliRun.withInput("over nio", "tcp-client", "--port", String.valueOf(server.port()), "--tls",
                "--cacert", pem, "--linger", "1000");
        assertThat(client.out()).isEqualTo("over nio\n");
        assertThat(client.errLines()).anyMatch(line -> line.startsWith("secured 127.0.0.1:" + server.port()
                + ": TLS TLSv1.3, "));
        assertThat(server.stop()).isZero();
    }

    @Test
    void httpServerWithTlsServesHttpsToCurlAndLogsTheHandshake() throws Exception {
        RunningServer server = RunningServer.start("http-server", "https", "--tls");
        String pem = server.err().nextLine().replaceFirst("^certificate: sha256=\\S+ pem=", "");
        Curl.Result post = Curl.run("--cacert", pem, "-H", "Content-Type: application/json", "-d",
                "{\"number\":5,\"boolean\":true}", "https://localhost:" + server.port() + "/data");
        assertThat(post.out()).as(post.err()).isEqualTo("Received: Data { number: 5, boolean: true }");
        assertThat(server.out().nextLine()).isEqualTo("Received: Data { number: 5, boolean: true }");
        assertThat(server.err().awaitLineContaining("TLS TLSv1.3")).contains("ALPN http/1.1");
        assertThat(server.stop()).isZero();
    }

    @Test
    void anInsecureClientIsWarnedOnItsConnection() throws Exception {
        RunningServer server = RunningServer.start("tcp-server", "tls", "--tls", "--echo");
        assertThat(server.err().nextLine()).startsWith("certificate: sha256=").contains(" pem=");
        CliRun client = CliRun.withInput("x", "tcp-client", "--port", String.valueOf(server.port()), "--tls",
                "--insecure", "--linger", "1000");
        assertThat(client.errLines()).anyMatch(line -> line.contains("WARNING: insecure: the server's certificate "
                + "is not verified"));
        assertThat(server.stop()).isZero();
    }

    @Test
    void tlsOptionsThatDoNotGoTogetherAreOneSentence(@TempDir Path dir) {
        CliRun server = CliRun.of("tcp-server", "--port", "0", "--tls", "--cert", dir.resolve("c.pem").toString());
        assertThat(server.exit()).isOne();
        assertThat(server.err()).isEqualTo("error: --cert and --key go together: the certificate chain and its "
                + "private key.\n");
        CliRun missing = CliRun.of("tcp-server", "--port", "0", "--tls", "--cert", dir.resolve("c.pem").toString(),
                "--key", dir.resolve("k.pem").toString());
        assertThat(missing.err()).isEqualTo("error: Cannot read " + dir.resolve("k.pem")
                + ": there is no such readable file.\n");
        CliRun badSan = CliRun.of("cert", "generate", "--out", dir.toString(), "--san", "not a name");
        assertThat(badSan.exit()).isEqualTo(2);
        assertThat(badSan.err()).startsWith("error: Invalid value for option '--san'");
    }
}
