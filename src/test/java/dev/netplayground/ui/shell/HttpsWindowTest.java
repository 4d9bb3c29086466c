package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.tls.Certificates;
import dev.netplayground.engine.tls.KeyMaterial;
import dev.netplayground.engine.tls.Pem;
import dev.netplayground.testing.HttpsDataServer;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The HTTP client's TLS: an https URL is verified, and Insecure skips the check with a warning. */
@Timeout(60)
class HttpsWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownIssuerIsSaidThenInsecureSendsWithAWarning(FxRobot robot) throws Exception {
        KeyMaterial made = Certificates.selfSigned("localhost", List.of("localhost", "127.0.0.1"));
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Pem.writePrivate(cert, Pem.certificates(made.chain()));
        Pem.writePrivate(key, Pem.privateKey(made.key()));
        try (HttpsDataServer server = new HttpsDataServer(cert, key, null)) {
            robot.clickOn("HTTP");
            CheckBox insecure = robot.lookup("#httpClientInsecure").queryAs(CheckBox.class);
            Label warning = robot.lookup("#httpClientInsecureWarning").queryAs(Label.class);
            assertThat(onFx(insecure::isDisabled)).as("Insecure is for https URLs").isTrue();
            setText(robot, "#httpClientUrl", "https://127.0.0.1:" + server.port() + "/data");
            assertThat(onFx(insecure::isDisabled)).isFalse();
            assertThat(onFx(warning::isVisible)).isFalse();

            robot.clickOn("#httpClientSend");
            Label error = robot.lookup("#httpClientError").queryAs(Label.class);
            waitFor(() -> error.getText().startsWith("TLS handshake failed: unknown issuer: "));

            robot.clickOn(insecure);
            waitFor(warning::isVisible);
            robot.clickOn("#httpClientSend");
            Label status = robot.lookup("#httpClientStatus").queryAs(Label.class);
            waitFor(() -> status.getText().startsWith("200 ")
                    && status.getText().endsWith(" · INSECURE: certificate not verified"));
            TextArea response = robot.lookup("#httpClientResponse").queryAs(TextArea.class);
            assertThat(onFx(() -> response.getText()))
                    .startsWith("Received: {\"number\":5,\"boolean\":true}");
            TableView<NetEvent> log = robot.lookup("#logTable").queryTableView();
            waitFor(() -> log.getItems().stream().anyMatch(e -> e.kind() == EventKind.SECURED
                    && e.message().startsWith("WARNING: insecure") && e.message().contains(", ALPN ")));
        }
    }
}
