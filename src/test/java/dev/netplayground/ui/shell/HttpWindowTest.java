package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.ui.http.HttpServerViewModel.AcceptedRow;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** The HTTP tab driven by clicks and typing, headless, against the embedded server on loopback. */
@Timeout(60)
class HttpWindowTest extends WindowTest {
    @Test
    void postsDataFromTheFormAndSeesTheTalksAnswer(FxRobot robot) throws Exception {
        resize(robot, 1366, 768);
        robot.clickOn("HTTP");
        robot.clickOn("#httpServerStart");
        TextField serverUrl = robot.lookup("#httpServerUrl").queryAs(TextField.class);
        waitOnFx(10, () -> serverUrl.getText().matches("http://127\\.0\\.0\\.1:\\d+/data"));
        assertThat(robot.lookup("#httpClientUrl").queryAs(TextField.class).getText()).isEqualTo(serverUrl.getText());

        TextField number = robot.lookup("#httpClientNumber").queryAs(TextField.class);
        retype(robot, number, "7");
        robot.clickOn("#httpClientSend");

        Label status = robot.lookup("#httpClientStatus").queryAs(Label.class);
        TextArea response = robot.lookup("#httpClientResponse").queryAs(TextArea.class);
        waitOnFx(10, () -> status.getText().startsWith("200 OK"));
        assertThat(response.getText()).startsWith("Received: Data { number: 7, boolean: true }");
        // The whole answer, body and headers, reads without scrolling, and the history shows its row.
        robot.interact(() -> {
            ScrollPane text = (ScrollPane) response.lookup(".scroll-pane");
            assertThat(text.getContent().getLayoutBounds().getHeight())
                    .isLessThanOrEqualTo(text.getViewportBounds().getHeight());
            assertThat(robot.lookup("#httpClientHistory").queryListView().getHeight()).isGreaterThan(2 * 26);
        });
        TableView<AcceptedRow> accepted = robot.lookup("#httpServerAccepted").queryTableView();
        waitFor(() -> accepted.getItems().size() == 1);
        assertThat(accepted.getItems().get(0).data()).isEqualTo("Data { number: 7, boolean: true }");
    }

    @Test
    void theFormRefusesANumberThatIsNotAU32AndSaysWhy(FxRobot robot) throws Exception {
        robot.clickOn("HTTP");
        TextField number = robot.lookup("#httpClientNumber").queryAs(TextField.class);
        retype(robot, number, "4294967296");
        Label numberError = robot.lookup("#httpClientNumberError").queryAs(Label.class);
        assertThat(numberError.getText()).contains("too large").contains("0 to 4294967295");
        assertThat(robot.lookup("#httpClientSend").queryButton().isDisabled()).isTrue();
        retype(robot, number, "-1");
        assertThat(numberError.getText()).contains("no negative numbers");
        retype(robot, number, "12");
        assertThat(numberError.getText()).isEmpty();
        assertThat(robot.lookup("#httpClientSend").queryButton().isDisabled()).isFalse();
    }

    @Test
    void rawJsonShowsHowTheServerRefusesABadBody(FxRobot robot) throws Exception {
        robot.clickOn("HTTP");
        robot.clickOn("#httpServerStart");
        TextField serverUrl = robot.lookup("#httpServerUrl").queryAs(TextField.class);
        waitFor(() -> !serverUrl.getText().isEmpty());
        robot.clickOn("#httpClientRawMode");
        TextArea raw = robot.lookup("#httpClientRawJson").queryAs(TextArea.class);
        robot.interact(() -> raw.setText("{\"number\": \"5\", \"boolean\": true}"));
        robot.clickOn("#httpClientSend");
        Label status = robot.lookup("#httpClientStatus").queryAs(Label.class);
        waitOnFx(10, () -> status.getText().startsWith("400 Bad Request"));
        assertThat(robot.lookup("#httpClientResponse").queryAs(TextArea.class).getText())
                .contains("field `number`: expected an unsigned 32-bit integer (0 to 4294967295), got a string");
    }

    @Test
    void aRefusedConnectionIsShownNotThrown(FxRobot robot) throws Exception {
        robot.clickOn("HTTP");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TextField url = robot.lookup("#httpClientUrl").queryAs(TextField.class);
        String target = "http://127.0.0.1:" + port + "/data";
        robot.interact(() -> url.setText(target));
        robot.clickOn("#httpClientSend");
        Label error = robot.lookup("#httpClientError").queryAs(Label.class);
        waitFor(() -> error.getText().contains("Connection refused by 127.0.0.1:" + port));
        assertThat(robot.lookup("#httpClientStatus").queryAs(Label.class).getText()).isEqualTo("Failed");
    }
}
