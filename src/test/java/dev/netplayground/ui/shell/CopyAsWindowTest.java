package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** "Copy as…" on the endpoint panes puts the pane's program on the clipboard, headless. */
@Timeout(60)
class CopyAsWindowTest extends WindowTest {
    @Test
    void aRunningTcpServerCopiesAsJavaWithItsRealPort(FxRobot robot) throws Exception {
        robot.clickOn("#tcpServerStart");
        Label status = robot.lookup("#tcpServerStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on tcp://127.0.0.1:"));
        String port = onFx(status::getText).replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1");

        robot.clickOn("#tcpServerCopyAs");
        robot.clickOn("#tcpServerCopyAsJava");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains("public class TcpServer", "static final int PORT = " + port + ";",
                "static final boolean ECHO = true;");
    }

    @Test
    void theHttpClientCopiesAsCurlWithItsForm(FxRobot robot) throws Exception {
        robot.clickOn("HTTP");
        robot.clickOn("#httpClientCopyAs");
        robot.clickOn("#httpClientCopyAsCurl");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("#!/bin/sh").contains("curl ", "--data-raw '{\"number\":");
    }
}
