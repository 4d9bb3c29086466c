package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.about.AppInfo;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** What a desktop user expects: menus, shortcuts, About, and crashes that never vanish. Headless. */
@Timeout(60)
class DesktopWindowTest extends WindowTest {
    @Test
    void shortcutsSwitchTabsFindAndToggleTheTheme(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        for (int number = 5; number >= 1; number--) {
            robot.press(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + number)).release(KeyCode.valueOf("DIGIT" + number),
                    KeyCode.CONTROL);
            int expected = number - 1;
            waitOnFx(5, () -> tabs.getSelectionModel().getSelectedIndex() == expected);
        }

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField search = robot.lookup("#logSearch").queryAs(TextField.class);
        waitOnFx(5, search::isFocused);

        ToggleButton dark = robot.lookup("#themeToggle").queryAs(ToggleButton.class);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitOnFx(5, dark::isSelected);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitOnFx(5, () -> !dark.isSelected());
    }

    @Test
    void ctrlLClearsTheLogAndCtrlEnterSendsFromTheFocusedClient(FxRobot robot) throws Exception {
        startTcpServer(robot);
        connectTcpClient(robot);
        TableView<NetEvent> log = robot.lookup("#logTable").queryTableView();
        // The server's accept is logged on its own thread, maybe after the client shows Connected: wait for
        // both, so nothing the connect logs can arrive after the clear.
        waitOnFx(5, () -> log.getItems().stream().anyMatch(e -> e.kind() == EventKind.ACCEPTED)
                && log.getItems().stream().anyMatch(e -> e.kind() == EventKind.CONNECTED));

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitOnFx(5, () -> log.getItems().isEmpty());

        TextField message = robot.lookup("#tcpClientMessage").queryAs(TextField.class);
        robot.interact(message::clear);
        robot.clickOn(message).write("sent with keys");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitOnFx(10, () -> log.getItems().stream().anyMatch(e -> e.kind() == EventKind.RECEIVED
                && e.endpoint().startsWith("tcp-server") && e.payload().display().equals("sent with keys\\n")));
    }

    @Test
    void textSizeGrowsAndShrinksWithEveryTableRow(FxRobot robot) throws Exception {
        TableView<?> log = robot.lookup("#logTable").queryTableView();
        double before = log.getFixedCellSize();
        assertThat(before).isEqualTo(26.0);

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitOnFx(5, () -> window.textScale().sizeProperty().get() == 16 && log.getFixedCellSize() > before);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitOnFx(5, () -> window.textScale().sizeProperty().get() == 15);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitOnFx(5, () -> log.getFixedCellSize() == before);
    }

    @Test
    void helpMenuShowsAboutAndF1ShowsTheShortcuts(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#menuAbout");
        waitFor(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("Net Playground " + AppInfo.version());
        assertThat(texts(about)).anyMatch(t -> t.contains("MIT License")).contains("OkHttp, with Okio and the "
                + "Kotlin standard library", "Apache License 2.0");
        robot.interact(() -> about.getScene().getWindow().hide());

        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitFor(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
        DialogPane shortcuts = robot.lookup("#shortcutsDialog").queryAs(DialogPane.class);
        assertThat(texts(shortcuts)).contains("Ctrl+L", "Clear log", "Ctrl+Enter", "Ctrl+1", "F1");
        robot.interact(() -> shortcuts.getScene().getWindow().hide());
    }

    @Test
    void anUncaughtExceptionIsSavedShownOnceAndTheWindowKeepsWorking(FxRobot robot, @TempDir Path crashes)
            throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(window.crashReporter(crashes));
        try {
            for (int i = 0; i < 2; i++) {
                Platform.runLater(() -> {
                    throw new IllegalStateException("boom in a handler");
                });
            }
            waitFor(() -> robot.lookup("#crashDialog").tryQuery().isPresent());
            waitFor(() -> fileCount(crashes) == 2);
            try (Stream<Path> files = Files.list(crashes)) {
                assertThat(Files.readString(files.findFirst().orElseThrow()))
                        .contains("crash report", "IllegalStateException: boom in a handler", "\tat ");
            }
            TextArea report = robot.lookup("#crashReport").queryAs(TextArea.class);
            assertThat(report.getText()).contains("boom in a handler");
            assertThat(robot.lookup("#crashDialog").queryAll()).hasSize(1);
            robot.interact(() -> report.getScene().getWindow().hide());

            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            waitOnFx(5, () -> tabs.getSelectionModel().getSelectedIndex() == 1);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static long fileCount(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static java.util.List<String> texts(Node root) {
        return root.lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList();
    }
}
