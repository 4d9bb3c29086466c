package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.ui.common.DatagramRow;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tables under traffic: the newest row in view (not one behind), the reader's position kept
 * when scrolled up, nothing done for a hidden tab until it is shown, and a pump at rest
 * when nothing runs. Real datagrams on loopback, headless.
 */
@Timeout(60)
class TrafficWindowTest extends WindowTest {
    private int port;

    private TableView<DatagramRow> startReceiver(FxRobot robot) throws Exception {
        robot.clickOn("UDP");
        robot.clickOn("#udpReceiverStart");
        Label status = robot.lookup("#udpReceiverStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on udp://127.0.0.1:"));
        port = Integer.parseInt(robot.lookup("#udpSenderPort").queryAs(TextField.class).getText());
        return robot.lookup("#udpReceiverDatagrams").queryTableView();
    }

    private void send(int count, String prefix) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < count; i++) {
                byte[] bytes = (prefix + i).getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
            }
        }
    }

    private static int firstVisibleIndex(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> TableViews.firstShownRow(table)).get();
    }

    @Test
    void theNewestDatagramIsInViewOnceTheTableOverflows(FxRobot robot) throws Exception {
        TableView<DatagramRow> table = startReceiver(robot);
        send(300, "d");
        waitOnFx(10, () -> table.getItems().size() == 300);
        waitForLastRowInView(table);
        assertThat(table.getItems().get(299).text()).isEqualTo("d299");
    }

    @Test
    void theLogKeepsFollowingBurstAfterBurst(FxRobot robot) throws Exception {
        TableView<DatagramRow> table = startReceiver(robot);
        TableView<?> log = robot.lookup("#logTable").queryTableView();
        for (int burst = 1; burst <= 25; burst++) {
            send(120, "b" + burst + "-");
            int expected = burst * 120;
            waitOnFx(10, () -> table.getItems().size() == expected);
        }
        waitForLastRowInView(log);
    }

    @Test
    void aReaderWhoScrolledUpKeepsTheirPlace(FxRobot robot) throws Exception {
        TableView<DatagramRow> table = startReceiver(robot);
        send(300, "d");
        waitOnFx(10, () -> table.getItems().size() == 300);
        waitForLastRowInView(table);
        robot.interact(() -> table.scrollTo(10));
        WaitForAsyncUtils.waitForFxEvents();
        int firstBefore = firstVisibleIndex(table);
        assertThat(firstBefore).isBetween(1, 250);
        send(50, "more");
        waitOnFx(10, () -> table.getItems().size() == 350);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleIndex(table)).isEqualTo(firstBefore);
    }

    @Test
    void aHiddenTabTakesNoRowsUntilItIsShownAgain(FxRobot robot) throws Exception {
        TableView<DatagramRow> table = startReceiver(robot);
        send(5, "before");
        waitOnFx(10, () -> table.getItems().size() == 5);
        robot.clickOn("TCP");
        send(40, "hidden");
        Label counters = robot.lookup("#udpReceiverCounters").queryAs(Label.class);
        waitFor(() -> counters.getText().startsWith("45 datagrams"));
        assertThat(table.getItems()).hasSize(5);
        robot.clickOn("UDP");
        waitOnFx(10, () -> table.getItems().size() == 45);
        assertThat(table.getItems().get(44).text()).isEqualTo("hidden39");
        waitForLastRowInView(table);
    }

    @Test
    void theWindowRestsWhenNothingRuns(FxRobot robot) throws Exception {
        TableView<DatagramRow> table = startReceiver(robot);
        send(3, "d");
        waitOnFx(10, () -> table.getItems().size() == 3);
        long whileRunning = pump.deliveries();
        // A running receiver gets heartbeats (its rate falls to 0/s without traffic).
        waitFor(() -> pump.deliveries() > whileRunning + 1);
        robot.clickOn("#udpReceiverStop");
        Label status = robot.lookup("#udpReceiverStatus").queryAs(Label.class);
        waitFor(() -> status.getText().equals("Stopped"));
        WaitForAsyncUtils.waitForFxEvents();
        long atRest = pump.deliveries();
        // Absence can only be seen over time: three heartbeat periods with nothing delivered.
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(pump.deliveries()).isEqualTo(atRest);
        assertThat(robot.lookup("#mainTabs").queryAs(TabPane.class)).isNotNull();
    }
}
