package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.ui.tcp.ConnectionRow;
import dev.netplayground.ui.tcp.ReceivedChunk;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** The TCP tab driven by clicks and typing, headless, with real sockets on loopback. */
@Timeout(60)
class TcpWindowTest extends WindowTest {
    @Test
    void serverAndClientTalkBothWaysAndTheLogShowsIt(FxRobot robot) throws Exception {
        // The client exists from the start, but runs nothing until it connects.
        assertThat(robot.lookup("#statusCounts").queryLabeled().getText()).endsWith("nothing running");
        Label serverStatus = startTcpServer(robot);
        assertThat(serverStatus.getText()).startsWith("Listening on tcp://127.0.0.1:");
        // One name per model: the status says what the choice box says.
        assertThat(serverStatus.getText()).endsWith(" · Virtual threads");
        assertThat(robot.lookup("#tcpServerModel .label").queryLabeled().getText()).startsWith("Virtual threads: ");

        TextField clientPort = robot.lookup("#tcpClientPort").queryAs(TextField.class);
        assertThat(onFx(serverStatus::getText)).contains(":" + onFx(clientPort::getText) + " ");
        Label clientStatus = connectTcpClient(robot);

        TextField message = robot.lookup("#tcpClientMessage").queryAs(TextField.class);
        robot.interact(message::clear);
        robot.clickOn(message).write("ping from the window");
        robot.clickOn("#tcpClientSend");

        waitForLogged(robot, e -> e.endpoint().equals("tcp-server-1")
                && e.kind() == EventKind.RECEIVED && e.payload().display().equals("ping from the window\\n"));
        TableView<ReceivedChunk> received = robot.lookup("#tcpClientReceived").queryTableView();
        waitFor(() -> received.getItems().stream().anyMatch(c -> c.text().equals("ping from the window\\n")));
        TableView<ConnectionRow> connections = robot.lookup("#tcpServerConnections").queryTableView();
        waitFor(() -> connections.getItems().size() == 1
                && connections.getItems().get(0).bytesOutProperty().get() == 21);
        assertThat(onFx(() -> connections.getItems().get(0).bytesInProperty().get())).isEqualTo(21);

        waitFor(() -> robot.lookup("#statusCounts").queryLabeled().getText().endsWith("2 endpoints running"));
        robot.clickOn("#tcpClientDisconnect");
        waitFor(() -> clientStatus.getText().equals("Disconnected"));
        waitFor(() -> robot.lookup("#statusCounts").queryLabeled().getText().endsWith("1 endpoint running"));
        waitFor(() -> connections.getItems().isEmpty());
        robot.clickOn("#tcpServerStop");
        waitFor(() -> serverStatus.getText().equals("Stopped"));
        assertThat(engine.endpointIds()).contains("tcp-client-1").doesNotContain("tcp-server-1");
    }

    @Test
    void invalidPortIsExplainedInsteadOfStarting(FxRobot robot) throws Exception {
        TextField port = robot.lookup("#tcpServerPort").queryAs(TextField.class);
        robot.interact(() -> port.setText("70000"));
        robot.clickOn("#tcpServerStart");
        Label error = robot.lookup("#tcpServerError").queryAs(Label.class);
        waitFor(() -> error.getText().contains("Port 70000 is out of range"));
        assertThat(engine.endpointIds()).doesNotContain("tcp-server-1");
    }

    @Test
    void refusedConnectionIsShownAndTheClientCanRetry(FxRobot robot) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TextField clientPort = robot.lookup("#tcpClientPort").queryAs(TextField.class);
        robot.interact(() -> clientPort.setText(String.valueOf(port)));
        robot.clickOn("#tcpClientConnect");
        Label error = robot.lookup("#tcpClientError").queryAs(Label.class);
        waitFor(() -> error.getText().contains("Connection refused"));
        assertThat(onFx(robot.lookup("#tcpClientConnect").queryButton()::isDisabled)).isFalse();
    }
}
