package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.ui.common.DatagramRow;
import dev.netplayground.ui.http.HttpServerViewModel.AcceptedRow;
import dev.netplayground.ui.tcp.ReceivedChunk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/**
 * The tables that follow traffic, besides the UDP receiver's (see TrafficWindowTest), filled
 * past their height: the newest row is in view, whole. Real sockets on loopback, headless.
 */
@Timeout(60)
class NewestRowWindowTest extends WindowTest {
    @Test
    void theClientsNewestReceivedChunkIsInView(FxRobot robot) throws Exception {
        startTcpServer(robot);
        robot.clickOn("#tcpClientConnect");
        TableView<?> connections = robot.lookup("#tcpServerConnections").queryTableView();
        waitOnFx(10, () -> connections.getItems().size() == 1);
        TableView<ReceivedChunk> received = robot.lookup("#tcpClientReceived").queryTableView();
        TextField message = robot.lookup("#tcpServerMessage").queryAs(TextField.class);
        Button send = robot.lookup("#tcpServerSendSelected").queryButton();
        // One message at a time, each waited for: sent together, they could arrive as one chunk.
        for (int i = 0; i < 30; i++) {
            int sent = i + 1;
            String text = "chunk " + i + "\\n";
            robot.interact(() -> {
                message.setText(text);
                send.fire();
            });
            waitOnFx(10, () -> received.getItems().size() == sent);
        }
        waitForLastRowInView(received);
        assertThat(received.getItems().get(29).text()).isEqualTo("chunk 29\\n");
    }

    @Test
    void theServersNewestAcceptedValueIsInView(FxRobot robot) throws Exception {
        robot.clickOn("HTTP");
        robot.clickOn("#httpServerStart");
        TextField url = robot.lookup("#httpServerUrl").queryAs(TextField.class);
        waitOnFx(10, () -> !url.getText().isEmpty());
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            for (int i = 0; i < 40; i++) {
                String body = "{\"number\": " + i + ", \"boolean\": true}";
                HttpRequest post = HttpRequest.newBuilder(URI.create(url.getText())).timeout(Duration.ofSeconds(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
        }
        TableView<AcceptedRow> accepted = robot.lookup("#httpServerAccepted").queryTableView();
        waitOnFx(10, () -> accepted.getItems().size() == 40);
        waitForLastRowInView(accepted);
        assertThat(accepted.getItems().get(39).data()).isEqualTo("Data { number: 39, boolean: true }");
    }

    @Test
    void theSendersNewestReplyIsInView(FxRobot robot) throws Exception {
        robot.clickOn("UDP");
        robot.interact(() -> robot.lookup("#udpReceiverEcho").queryAs(CheckBox.class).setSelected(true));
        robot.clickOn("#udpReceiverStart");
        Label status = robot.lookup("#udpReceiverStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on"));
        robot.interact(() -> {
            robot.lookup("#udpSenderCount").queryAs(TextField.class).setText("60");
            robot.lookup("#udpSenderInterval").queryAs(TextField.class).setText("0");
        });
        robot.clickOn("#udpSenderSend");
        TableView<DatagramRow> replies = robot.lookup("#udpSenderReplies").queryTableView();
        waitOnFx(10, () -> replies.getItems().size() == 60);
        waitForLastRowInView(replies);
    }
}
