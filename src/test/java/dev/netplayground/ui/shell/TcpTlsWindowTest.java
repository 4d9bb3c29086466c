package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** The TCP tab's TLS switches: a TLS server shows its certificate, the client verifies it or warns. */
@Timeout(60)
class TcpTlsWindowTest extends WindowTest {
    @Test
    void tlsServerShowsItsCertificateAndTheClientConnectsVerifiedThenInsecureWithAWarning(FxRobot robot)
            throws Exception {
        Label warning = robot.lookup("#tcpClientInsecureWarning").queryAs(Label.class);
        assertThat(onFx(warning::isVisible)).isFalse();
        robot.clickOn("#tcpServerTls");
        Label serverStatus = startTcpServer(robot);
        assertThat(onFx(serverStatus::getText)).startsWith("Listening on tls://127.0.0.1:");
        Label certificate = robot.lookup("#tcpServerCertificate").queryAs(Label.class);
        waitFor(() -> certificate.isVisible() && certificate.getText().contains(" · SHA-256 "));
        assertThat(onFx(robot.lookup("#tcpServerExportPem").queryButton()::isVisible)).isTrue();

        robot.clickOn("#tcpClientTls");
        Label clientStatus = connectTcpClient(robot);
        waitForLogged(robot, e -> e.endpoint().equals("tcp-client-1")
                && e.kind() == EventKind.SECURED && e.message().startsWith("TLS TLSv1.3, "));

        robot.clickOn("#tcpClientDisconnect");
        waitFor(() -> !clientStatus.getText().startsWith("Connected"));
        robot.clickOn("#tcpClientInsecure");
        waitFor(warning::isVisible);
        robot.clickOn("#tcpClientConnect");
        waitFor(() -> clientStatus.getText().endsWith(" · INSECURE: certificate not verified"));
        waitForLogged(robot, e -> e.endpoint().equals("tcp-client-1")
                && e.kind() == EventKind.SECURED && e.message().startsWith("WARNING: insecure"));
    }
}
