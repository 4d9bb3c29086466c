package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.proxy.ProxyConnectionInfo;
import dev.netplayground.testing.SlowEchoServer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** The Conditions tab driven by clicks, headless: a TCP proxy with latency between a real client and server. */
@Timeout(60)
class ConditionsWindowTest extends WindowTest {
    @Test
    void aProxyStartedFromTheTabDelaysTrafficAndListsItsConnection(FxRobot robot) throws Exception {
        try (SlowEchoServer echo = new SlowEchoServer(n -> Duration.ZERO)) {
            robot.clickOn("Conditions");
            setText(robot, "#proxyTarget", "127.0.0.1:" + echo.port());
            setText(robot, "#proxyLatency", "20");
            robot.clickOn("#proxyStart");
            Label status = robot.lookup("#proxyStatus").queryAs(Label.class);
            waitFor(() -> status.getText().startsWith("Listening on tcp://127.0.0.1:"));
            String url = onFx(status::getText);
            int port = Integer.parseInt(url.replaceAll(".*tcp://127\\.0\\.0\\.1:(\\d+),.*", "$1"));

            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
                client.setSoTimeout(10_000);
                client.getOutputStream().write("slow\n".getBytes(StandardCharsets.UTF_8));
                assertThat(client.getInputStream().readNBytes(5)).isEqualTo("slow\n".getBytes(StandardCharsets.UTF_8));
                TableView<ProxyConnectionInfo> connections = robot.lookup("#proxyConnections").queryTableView();
                waitFor(() -> connections.getItems().size() == 1 && connections.getItems().get(0).bytesDown() == 5);
            }
            Label counters = robot.lookup("#proxyCounters").queryAs(Label.class);
            waitFor(() -> counters.getText().contains("delayed 2"));
            waitForLogged(robot, e -> e.kind() == EventKind.CONDITION
                    && e.message().equals("delayed 20 ms: 5 bytes client->target"));

            robot.clickOn("#proxyStop");
            waitFor(() -> status.getText().equals("Stopped"));
        }
    }
}
