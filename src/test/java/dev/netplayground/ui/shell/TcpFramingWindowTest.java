package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.ui.common.FramingKind;
import dev.netplayground.ui.tcp.ReceivedChunk;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** Framing chosen in the TCP panes: what the server cuts and echoes, what the client's Send adds. */
@Timeout(60)
class TcpFramingWindowTest extends WindowTest {
    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        ChoiceBox<T> choice = robot.lookup(id).queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(value));
    }

    @Test
    void aLengthPrefixedServerAndClientTalkInWholeMessages(FxRobot robot) throws Exception {
        Node header = robot.lookup("#tcpServerFramingHeader").query();
        assertThat(onFx(header::isVisible)).as("no header size for lines").isFalse();
        choose(robot, "#tcpServerFraming", FramingKind.LENGTH);
        choose(robot, "#tcpClientFraming", FramingKind.LENGTH);
        assertThat(onFx(header::isVisible)).isTrue();
        startTcpServer(robot);
        connectTcpClient(robot);
        assertThat(onFx(robot.lookup("#tcpClientLineEnding").query()::isDisabled))
                .as("Send adds the header, not a line ending").isTrue();

        retype(robot, robot.lookup("#tcpClientMessage").queryAs(TextField.class), "ping");
        robot.clickOn("#tcpClientSend");

        waitForLogged(robot, e -> e.endpoint().equals("tcp-server-1")
                && e.kind() == EventKind.RECEIVED && e.payload().hex().equals("00 04 70 69 6E 67"));
        TableView<ReceivedChunk> received = robot.lookup("#tcpClientReceived").queryTableView();
        waitFor(() -> received.getItems().stream().anyMatch(c -> c.hex().equals("00 04 70 69 6E 67")));
    }

    @Test
    void aDelimiterThatIsNotHexIsExplainedAndMarkedInsteadOfStarting(FxRobot robot) throws Exception {
        choose(robot, "#tcpServerFraming", FramingKind.DELIMITER);
        setText(robot, "#tcpServerFramingDelimiter", "0D zz");
        robot.clickOn("#tcpServerStart");
        Label error = robot.lookup("#tcpServerError").queryAs(Label.class);
        waitFor(() -> error.getText().contains("'z' is not a hex digit"));
        Node delimiter = robot.lookup("#tcpServerFramingDelimiter").query();
        assertThat(onFx(() -> delimiter.getPseudoClassStates().toString())).contains("danger");
        assertThat(engine.endpointIds()).doesNotContain("tcp-server-1");
    }

    @Test
    void replyRulesAnswerInsteadOfTheEchoAndABadOneIsNamedByItsLine(FxRobot robot) throws Exception {
        TextArea rules = startWithBadReplyRules(robot, "tcpServer", "PING=>PONG\n\nno arrow here",
                error -> error.equals("Reply rule on line 3: A reply rule is MATCH=>REPLY, as in PING=>PONG; "
                        + "'=>' is missing."));

        robot.interact(() -> rules.setText("Hello, server!=>Hi {{seq}}"));
        startTcpServer(robot);
        connectTcpClient(robot);
        robot.clickOn("#tcpClientSend");
        TableView<ReceivedChunk> received = robot.lookup("#tcpClientReceived").queryTableView();
        waitFor(() -> received.getItems().stream().anyMatch(c -> c.text().equals("Hi 1\\n")));
    }
}
