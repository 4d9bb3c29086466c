package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.udp.SequenceStamp;
import dev.netplayground.ui.common.DatagramRow;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** The UDP tab driven by clicks, headless, with real datagrams on loopback. */
@Timeout(60)
class UdpWindowTest extends WindowTest {
    @Test
    void datagramsSentFromTheWindowShowInTheLogAndMoveTheCounters(FxRobot robot) throws Exception {
        robot.clickOn("UDP");
        robot.clickOn("#udpReceiverEcho");
        robot.clickOn("#udpReceiverStart");
        Label status = robot.lookup("#udpReceiverStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on udp://127.0.0.1:"));
        TextField port = robot.lookup("#udpSenderPort").queryAs(TextField.class);
        assertThat(onFx(status::getText)).endsWith(":" + onFx(port::getText));

        setText(robot, "#udpSenderCount", "5");
        setText(robot, "#udpSenderInterval", "10");
        retype(robot, robot.lookup("#udpSenderMessage").queryAs(TextField.class), "datagram from the window");
        robot.clickOn("#udpSenderSend");

        Label counters = robot.lookup("#udpReceiverCounters").queryAs(Label.class);
        waitFor(() -> counters.getText().startsWith("5 datagrams · 120 bytes · 0 truncated"));
        TableView<NetEvent> log = robot.lookup("#logTable").queryTableView();
        waitFor(() -> log.getItems().stream().filter(e -> e.endpoint().equals("udp-receiver-1")
                && e.kind() == EventKind.RECEIVED && e.payload().display().equals("datagram from the window"))
                .count() == 5);
        TableView<DatagramRow> replies = robot.lookup("#udpSenderReplies").queryTableView();
        waitFor(() -> replies.getItems().size() == 5);
        Label senderStatus = robot.lookup("#udpSenderStatus").queryAs(Label.class);
        waitFor(() -> senderStatus.getText().equals("Sent 5 of 5"));
        assertThat(robot.lookup("#udpSenderProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);

        TableView<DatagramRow> datagrams = robot.lookup("#udpReceiverDatagrams").queryTableView();
        robot.interact(() -> datagrams.getSelectionModel().select(0));
        TextField reply = robot.lookup("#udpReceiverReply").queryAs(TextField.class);
        robot.clickOn(reply).write("pong");
        robot.clickOn("#udpReceiverReplySend");
        waitFor(() -> replies.getItems().stream().anyMatch(r -> r.text().equals("pong")));

        robot.clickOn("#udpReceiverStop");
        waitFor(() -> status.getText().equals("Stopped"));
        // Stopping keeps what was received; starting again clears the table and the counters, both.
        assertThat(datagrams.getItems()).hasSize(5);
        robot.clickOn("#udpReceiverStart");
        waitFor(() -> status.getText().startsWith("Listening on"));
        waitOnFx(5, () -> datagrams.getItems().isEmpty() && counters.getText().startsWith("0 datagrams · 0 bytes"));
    }

    @Test
    void stampedDatagramsShowTheirQualityPerSourceUncutAtTheSmallScreen(FxRobot robot) throws Exception {
        robot.clickOn("UDP");
        robot.clickOn("#udpReceiverStart");
        Label status = robot.lookup("#udpReceiverStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on udp://127.0.0.1:"));
        Label quality = robot.lookup("#udpReceiverQuality").queryAs(Label.class);
        assertThat(onFx(quality::isVisible)).as("no quality line before a stamped datagram").isFalse();

        robot.clickOn("#udpSenderSequence");
        setText(robot, "#udpSenderCount", "5");
        setText(robot, "#udpSenderInterval", "0");
        robot.clickOn("#udpSenderSend");
        waitFor(() -> quality.getText().contains(": 5 received · 0 lost (0.0 %) · 0 duplicated · 0 reordered"));

        // A second source, crafted: 0, 2, 1, 1, 5 (3 and 4 lost, 1 overtaken by 2 and then duplicated).
        int port = Integer.parseInt(onFx(status::getText).replaceAll(".*:", ""));
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.connect(new InetSocketAddress("127.0.0.1", port));
            for (long sequence : new long[] {0, 2, 1, 1, 5}) {
                channel.write(ByteBuffer.wrap(new SequenceStamp(sequence, System.nanoTime()).prependTo(new byte[0])));
            }
            String second = "127.0.0.1:" + ((InetSocketAddress) channel.getLocalAddress()).getPort()
                    + ": 5 received · 2 lost (33.3 %) · 1 duplicated · 1 reordered · jitter ";
            waitFor(() -> quality.getText().lines().count() == 2 && quality.getText().lines().toList().get(1)
                    .startsWith(second));
        }
        assertThat(onFx(quality::isVisible)).isTrue();
        resize(robot, 1366, 768);
        assertThat(onFx(() -> Clipping.problems(window.root()))).isEmpty();
        assertThat(onFx(() -> quality.getHeight() >= quality.prefHeight(quality.getWidth()) - 0.5))
                .as("both lines shown whole, not squeezed to one by the table below").isTrue();
    }

    @Test
    void theReceiverAnswersByItsReplyRulesAndABadRuleIsNamedByItsLine(FxRobot robot) throws Exception {
        robot.clickOn("UDP");
        TextArea rules = startWithBadReplyRules(robot, "udpReceiver", "PING=>PONG {{seq}}\nno arrow",
                error -> error.startsWith("Reply rule on line 2: "));

        robot.interact(() -> rules.setText("PING=>PONG {{seq}}"));
        robot.clickOn("#udpReceiverStart");
        Label status = robot.lookup("#udpReceiverStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on udp://127.0.0.1:"));
        int port = Integer.parseInt(onFx(status::getText).replaceAll(".*:", ""));
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(10_000);
            byte[] ping = "PING".getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(ping, ping.length, InetAddress.getLoopbackAddress(), port));
            DatagramPacket answer = new DatagramPacket(new byte[100], 100);
            socket.receive(answer);
            assertThat(new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII))
                    .isEqualTo("PONG 1");
        }
    }

    @Test
    void aTruncatedDatagramsNoteFitsTheTableAndReadsWholeInItsTooltip(FxRobot robot) throws Exception {
        // At the window's first size, 1200 px wide, the narrowest the panes get by default.
        robot.clickOn("UDP");
        setText(robot, "#udpReceiverBuffer", "8");
        robot.clickOn("#udpReceiverStart");
        Label status = robot.lookup("#udpReceiverStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on"));
        setText(robot, "#udpSenderMessage", "a datagram much longer than the receiver's buffer of eight bytes");
        robot.clickOn("#udpSenderSend");
        TableView<DatagramRow> datagrams = robot.lookup("#udpReceiverDatagrams").queryTableView();
        waitOnFx(10, () -> datagrams.getItems().size() == 1);
        String note = datagrams.getItems().get(0).note();
        assertThat(note).contains("truncated");
        robot.interact(() -> {
            double columns = datagrams.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertThat(columns).isLessThanOrEqualTo(datagrams.getWidth());
            TableCell<?, ?> noteCell = robot.lookup("#udpReceiverDatagrams .table-cell")
                    .match((TableCell<?, ?> cell) -> note.equals(cell.getText())).query();
            assertThat(noteCell.getTooltip().getText()).isEqualTo(note);
        });
    }

    @Test
    void aMessageTooBigForADatagramIsExplained(FxRobot robot) throws Exception {
        robot.clickOn("UDP");
        setText(robot, "#udpSenderPort", "9");
        setText(robot, "#udpSenderMessage", "x".repeat(65_508));
        robot.clickOn("#udpSenderSend");
        Label error = robot.lookup("#udpSenderError").queryAs(Label.class);
        waitFor(() -> error.getText().contains("at most 65507 bytes"));
    }
}
