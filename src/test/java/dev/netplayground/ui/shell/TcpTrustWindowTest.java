package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.tls.ClientAuth;
import dev.netplayground.engine.tls.ServerIdentity;
import dev.netplayground.engine.tls.ServerTls;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** "Trust this server's certificate": a refused self-signed certificate is shown, pinned, and then connected to. */
@Timeout(60)
class TcpTrustWindowTest extends WindowTest {
    @TempDir
    Path elsewhere;

    @Test
    void anUnknownIssuerShowsTheCertificateAndTrustingItPinsItForTheNextConnection(FxRobot robot) throws Exception {
        // A self-signed certificate of another home: the window's client does not trust it.
        ServerTls tls = ServerTls.create(new ServerIdentity.Generated(elsewhere, "127.0.0.1"), ClientAuth.NONE);
        TcpServer server = engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.VIRTUAL)
                .withEcho(true), tls, (id, peer, line) -> { });
        String sha256 = tls.certificate().sha256();
        setText(robot, "#tcpClientPort", String.valueOf(server.localAddress().getPort()));
        robot.clickOn("#tcpClientTls");
        robot.clickOn("#tcpClientConnect");

        Label error = robot.lookup("#tcpClientError").queryAs(Label.class);
        waitFor(() -> error.getText().startsWith("TLS handshake failed: unknown issuer: "));
        Label refused = robot.lookup("#tcpClientRefusedCertificate").queryAs(Label.class);
        // The certificate and the Trust button show in one row, hidden until a certificate is refused.
        waitFor(() -> refused.getParent().isVisible());
        assertThat(onFx(refused::getText)).startsWith("Certificate: CN=Net Playground · SANs localhost, ")
                .contains(" · self-signed · valid ").endsWith(" · SHA-256 " + sha256);

        robot.clickOn("#tcpClientTrust");
        Label pinned = robot.lookup("#tcpClientPinned").queryAs(Label.class);
        waitFor(() -> pinned.getText().equals("Pinned: SHA-256 " + sha256));
        assertThat(onFx(() -> refused.getParent().isVisible())).isFalse();
        robot.clickOn("#tcpClientConnect");
        Label status = robot.lookup("#tcpClientStatus").queryAs(Label.class);
        waitFor(() -> status.getText().equals("Connected to 127.0.0.1:" + server.localAddress().getPort()
                + " · pinned certificate"));
        assertThat(onFx(error::getText)).isEmpty();
    }
}
