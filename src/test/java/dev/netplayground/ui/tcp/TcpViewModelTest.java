package dev.netplayground.ui.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.testing.ClosedPorts;
import dev.netplayground.testing.Openssl;
import dev.netplayground.testing.PaneModels;
import dev.netplayground.testing.TestFxThread;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The TCP pane's view-models without a window: the test thread is their FX thread; real sockets. "Copy as…"
 * takes their setup as they show it: a running server's real port, the client's ending.
 */
@Timeout(30)
class TcpViewModelTest {
    @RegisterExtension
    final PaneModels panes = new PaneModels();
    private final Engine engine = panes.engine();
    private final TestFxThread fx = panes.fx();
    private final TcpServerViewModel server = panes.add(TcpServerViewModel::new);
    private final TcpClientViewModel client = panes.add(TcpClientViewModel::new);

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void clientAndServerTalkBothWaysInEveryModel(ConcurrencyModel model) throws Exception {
        server.modelProperty().set(model);
        startServerAndConnect();

        client.messageProperty().set("ping");
        client.send();
        fx.runUntil(() -> !client.received().isEmpty(), "the echo");
        assertThat(client.received().get(0).text()).isEqualTo("ping\\n");
        fx.runUntil(() -> server.connections().size() == 1
                && server.connections().get(0).bytesInProperty().get() == 5, "the server's row");

        server.selectedProperty().set(server.connections().get(0));
        server.messageProperty().set("hello\\n");
        server.sendToSelected();
        fx.runUntil(() -> client.received().size() == 2, "the server's message");
        assertThat(client.received().get(1).text()).isEqualTo("hello\\n");
        assertThat(server.errorProperty().get()).isEmpty();

        client.disconnect();
        fx.runUntil(() -> !client.connectedProperty().get() && server.connections().isEmpty(), "the close");
        assertThat(client.statusProperty().get()).isEqualTo("Disconnected");
    }

    @Test
    void invalidFieldsAreExplainedAndNothingStarts() throws Exception {
        server.portProperty().set("70000");
        server.start();
        assertThat(server.errorProperty().get()).contains("70000");
        assertThat(server.runningProperty().get()).isFalse();

        client.portProperty().set("");
        client.connect();
        assertThat(client.errorProperty().get()).isNotEmpty();
        assertThat(client.connectingProperty().get()).isFalse();
        assertThat(engine.endpointIds()).noneMatch(id -> id.startsWith("tcp-server"));
    }

    @Test
    void refusedConnectionSaysSoAndTheClientCanRetry() throws Exception {
        int closedPort = ClosedPorts.tcp();
        client.portProperty().set(String.valueOf(closedPort));
        client.connect();
        fx.runUntil(() -> !client.connectingProperty().get(), "the refusal");
        assertThat(client.errorProperty().get()).contains("refused");

        startServerAndConnect();
        assertThat(client.errorProperty().get()).isEmpty();
    }

    @Test
    void sendingWithoutASelectionAsksForOne() {
        server.sendToSelected();
        assertThat(server.errorProperty().get()).contains("Select a connection");
    }

    @Test
    void aTlsServerShowsItsCertificateAndTheClientTrustsItOrSaysItDoesNotVerify() throws Exception {
        server.tlsProperty().set(true);
        server.start();
        fx.runUntil(() -> server.boundPortProperty().get() > 0, "the TLS server to listen");
        assertThat(server.statusProperty().get()).startsWith("Listening on tls://127.0.0.1:");
        assertThat(server.certificateProperty().get()).startsWith("Certificate: CN=Net Playground · SANs localhost, "
                + "127.0.0.1, ::1 · self-signed · valid ").contains(" · SHA-256 ").contains(" · PEM ");
        client.portProperty().set(String.valueOf(server.boundPortProperty().get()));
        client.tlsProperty().set(true);
        client.connect();
        fx.runUntil(() -> client.connectedProperty().get(), "the TLS client to connect");
        assertThat(client.statusProperty().get()).doesNotContain("INSECURE");
        client.messageProperty().set("secret");
        client.send();
        fx.runUntil(() -> !client.received().isEmpty(), "the echo over TLS");
        assertThat(client.received().get(0).text()).isEqualTo("secret\\n");

        client.disconnect();
        fx.runUntil(() -> !client.connectedProperty().get(), "the close");
        client.insecureProperty().set(true);
        client.connect();
        fx.runUntil(() -> client.connectedProperty().get(), "the insecure client to connect");
        assertThat(client.statusProperty().get()).endsWith(" · INSECURE: certificate not verified");
    }

    @Test
    void aStoppedTlsServerNoLongerShowsItsCertificateAsTheHttpPaneDoes() throws Exception {
        server.tlsProperty().set(true);
        server.start();
        fx.runUntil(() -> !server.certificateProperty().get().isEmpty(), "the served certificate");
        server.stop();
        fx.runUntil(() -> !server.runningProperty().get(), "the stop");
        assertThat(server.certificateProperty().get()).isEmpty();
    }

    @Test
    void exportPemWritesTheServedCertificateThatOpensslFingerprintsAsShown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.pem");
        server.exportPem(file);
        assertThat(server.errorProperty().get()).isEqualTo("Start the server with TLS first: there is no certificate "
                + "to export.");
        server.tlsProperty().set(true);
        server.start();
        fx.runUntil(() -> server.boundPortProperty().get() > 0, "the TLS server to listen");
        Matcher shown = Pattern.compile(" · SHA-256 ([0-9a-f]{64}) · ").matcher(server.certificateProperty().get());
        assertThat(shown.find()).as(server.certificateProperty().get()).isTrue();

        server.exportPem(file);
        fx.runUntil(() -> !server.exportedProperty().get().isEmpty(), "the export");
        assertThat(server.exportedProperty().get()).isEqualTo("Certificate exported to " + file);
        try (Openssl x509 = Openssl.run("x509", "-in", file.toString(), "-noout", "-fingerprint", "-sha256")) {
            String line = x509.out().next();
            assertThat(line.substring(line.indexOf('=') + 1).replace(":", "").toLowerCase(Locale.ROOT))
                    .isEqualTo(shown.group(1));
        }
        server.exportPem(dir);
        fx.runUntil(() -> !server.errorProperty().get().isEmpty(), "the export's failure");
        assertThat(server.errorProperty().get()).isEqualTo("Cannot export the certificate to " + dir
                + ": Is a directory.");
    }

    @Test
    void aRunningServerGivesItsRealPortAndItsEcho() throws Exception {
        server.portProperty().set("0");
        server.echoProperty().set(true);
        server.start();
        fx.runUntil(() -> server.runningProperty().get(), "the server");

        SnippetSetup setup = TcpSnippets.of(server);
        assertThat(setup.port()).isPositive().isEqualTo(server.boundPortProperty().get());
        assertThat(setup.host()).isEqualTo("127.0.0.1");
        assertThat(setup.echo()).isTrue();
    }

    @Test
    void theClientGivesWhatItsFieldsSay() {
        client.hostProperty().set(" localhost ");
        client.portProperty().set("4242");
        client.lineEndingProperty().set(LineEnding.CRLF);

        SnippetSetup setup = TcpSnippets.of(client);
        assertThat(setup.host()).isEqualTo("localhost");
        assertThat(setup.port()).isEqualTo(4242);
        assertThat(setup.lineEnding()).isEqualTo(LineEnding.CRLF);
    }

    @Test
    void aFieldWithoutAValueIsExplainedAsTheFormExplainsIt() {
        client.portProperty().set("70000");
        assertThatThrownBy(() -> TcpSnippets.of(client)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
        client.portProperty().set("4242");
        client.lineEndingProperty().set(LineEnding.NONE);
        assertThatThrownBy(() -> TcpSnippets.of(client))
                .hasMessage("a client that sends lines needs a line ending: LF or CRLF");
    }

    private void startServerAndConnect() throws InterruptedException {
        server.start();
        fx.runUntil(() -> server.boundPortProperty().get() > 0, "the server to listen");
        assertThat(server.statusProperty().get()).startsWith("Listening on tcp://127.0.0.1:");
        client.portProperty().set(String.valueOf(server.boundPortProperty().get()));
        client.connect();
        fx.runUntil(() -> client.connectedProperty().get(), "the client to connect");
    }
}
