package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.testing.Curl;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** The HTTP server pane's TLS switch: it serves HTTPS, shows its certificate, and curl trusting that posts Data. */
@Timeout(60)
class HttpServerTlsWindowTest extends WindowTest {
    @Test
    void anHttpsServerShowsItsCertificateAndCurlTrustingItsPemPostsData(FxRobot robot) throws Exception {
        robot.clickOn("HTTP");
        robot.clickOn("#httpServerTls");
        robot.clickOn("#httpServerStart");
        TextField url = robot.lookup("#httpServerUrl").queryAs(TextField.class);
        waitFor(() -> url.getText().matches("https://127\\.0\\.0\\.1:\\d+/data"));
        Label certificate = robot.lookup("#httpServerCertificate").queryAs(Label.class);
        waitFor(() -> certificate.isVisible() && certificate.getText().contains(" · SHA-256 "));
        String facts = onFx(certificate::getText);
        assertThat(facts).startsWith("Certificate: CN=").contains("SANs localhost, 127.0.0.1, ::1");
        Button exportPem = robot.lookup("#httpServerExportPem").queryButton();
        assertThat(onFx(() -> shown(exportPem))).as("Export PEM while it serves").isTrue();

        String pem = facts.substring(facts.indexOf(" · PEM ") + " · PEM ".length());
        Curl.Result post = Curl.run("--cacert", pem, "-H", "Content-Type: application/json", "-d",
                "{\"number\":7,\"boolean\":false}", onFx(url::getText));
        assertThat(post.out()).as(post.err()).isEqualTo("Received: Data { number: 7, boolean: false }");
        TableView<?> accepted = robot.lookup("#httpServerAccepted").queryTableView();
        waitFor(() -> accepted.getItems().size() == 1);
        waitForLogged(robot, e -> e.kind() == EventKind.SECURED && e.message().contains(", ALPN http/1.1, "));

        robot.clickOn("#httpServerStop");
        waitFor(() -> !certificate.isVisible() && url.getText().isEmpty());
        assertThat(onFx(() -> shown(exportPem))).as("Export PEM once stopped").isFalse();
    }

    /** Whether the node and every one of its parents are visible. */
    private static boolean shown(Node node) {
        return node.isVisible() && (node.getParent() == null || shown(node.getParent()));
    }
}
