package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.saved.SavedEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Saved panel over a fresh home: Ctrl+S, loading, sending, files changed on disk, delete and undo, a restart. */
@Timeout(60)
class SavedWindowTest extends WindowTest {
    private static final String CORRUPT = "{\n  \"format\": 1,\n  \"transport\": \"tcp\",\n  \"port\": \"five\"\n}\n";

    @Test
    void ctrlSSavesTheTcpClientsMessageAndTheItemLoadsAndSendsIt(FxRobot robot) throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        TcpServer server = engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.VIRTUAL),
                (connection, peer, frame) -> received.add(new String(frame.payload(), StandardCharsets.UTF_8)));
        setText(robot, "#tcpClientPort", String.valueOf(server.localAddress().getPort()));
        setText(robot, "#tcpClientMessage", "hello saved");

        saveFocusedAs(robot, "#tcpClientMessage", "greeting");

        Path file = workspace().resolve("messages/greeting.json");
        waitFor(() -> Files.exists(file));
        assertThat(Files.readString(file)).contains("\"payload\": \"hello saved\"",
                "\"port\": " + server.localAddress().getPort());
        setText(robot, "#tcpClientMessage", "something else");
        show(robot, "savedTab");
        waitFor(() -> cell(robot, "greeting") != null);
        robot.doubleClickOn(cell(robot, "greeting"));
        TextField message = robot.lookup("#tcpClientMessage").queryAs(TextField.class);
        waitFor(() -> message.getText().equals("hello saved"));
        assertThat(robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tcpTab");

        show(robot, "savedTab");
        robot.clickOn("#savedSend");
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("hello saved");
        Label status = robot.lookup("#savedStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Sent messages/greeting"));
        assertThat(robot.lookup("#statusSaved").queryAs(Label.class).getText()).startsWith("Sent messages/greeting");
    }

    @Test
    void filesWrittenByHandComeAndGoAndACorruptOneIsListedWithItsProblemAndLeftAlone(FxRobot robot)
            throws Exception {
        Path messages = Files.createDirectories(workspace().resolve("messages"));
        Path bad = messages.resolve("bad.json");
        Files.writeString(bad, CORRUPT);
        Files.writeString(messages.resolve("ping.json"), """
                {"format": 1, "transport": "udp", "host": "127.0.0.1", "port": 9, "encoding": "text",
                 "payload": "ping", "lineEnding": "none", "repeat": 1, "intervalMillis": 0}
                """);
        show(robot, "savedTab");

        waitFor(() -> cell(robot, "ping") != null);
        TreeCell<?> problem = cell(robot, "messages/bad.json, line 4, column 11: 'port' must be a whole number.");
        assertThat(problem).isNotNull();
        assertThat(onFx(() -> lines(robot))).containsSubsequence("Messages (1)", "ping",
                "messages/bad.json, line 4, column 11: 'port' must be a whole number.", "Requests (0)");

        Files.delete(messages.resolve("ping.json"));
        waitFor(() -> cell(robot, "ping") == null);
        show(robot, "tcpTab");
        setText(robot, "#tcpClientPort", "5000");
        saveFocusedAs(robot, "#tcpClientMessage", "after");
        show(robot, "savedTab");
        waitFor(() -> cell(robot, "after") != null);
        assertThat(Files.readString(bad)).isEqualTo(CORRUPT);
    }

    @Test
    void deleteTakesTheFileAwayAndUndoPutsItBackByteForByte(FxRobot robot) throws Exception {
        Path messages = Files.createDirectories(workspace().resolve("messages"));
        String byHand = "{ \"format\": 1, \"transport\": \"tcp\", \"host\": \"127.0.0.1\", \"port\": 7,\n"
                + "  \"encoding\": \"hex\", \"payload\": \"00 FF\", \"lineEnding\": \"none\", \"repeat\": 1,"
                + " \"intervalMillis\": 0 }";
        Path file = messages.resolve("bytes.json");
        Files.writeString(file, byHand);
        show(robot, "savedTab");
        waitFor(() -> cell(robot, "bytes") != null);

        robot.clickOn(cell(robot, "bytes")).push(KeyCode.DELETE);
        waitFor(() -> !Files.exists(file) && cell(robot, "bytes") == null);
        Label undoText = robot.lookup("#savedUndoText").queryAs(Label.class);
        assertThat(undoText.getText()).isEqualTo("Deleted messages/bytes.");

        robot.clickOn("#savedUndo");
        waitFor(() -> cell(robot, "bytes") != null);
        assertThat(Files.readString(file)).isEqualTo(byHand);
        assertThat(onFx(() -> undoText.getParent().isVisible())).isFalse();
    }

    @Test
    void theContextMenuCopiesAnItemAsAProgramAndDuplicatesIt(FxRobot robot) throws Exception {
        setText(robot, "#tcpClientPort", "5123");
        saveFocusedAs(robot, "#tcpClientMessage", "to copy");
        show(robot, "savedTab");
        waitFor(() -> cell(robot, "to copy") != null);

        openContextMenu(robot, cell(robot, "to copy"));
        robot.clickOn("#savedCopyAs");
        robot.clickOn("#savedCopyAsJava");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).contains("5123");

        openContextMenu(robot, cell(robot, "to copy"));
        robot.clickOn("#savedMenuDuplicate");
        waitFor(() -> cell(robot, "to copy copy") != null);
        assertThat(workspace().resolve("messages/to copy copy.json"))
                .hasSameTextualContentAs(workspace().resolve("messages/to copy.json"));
    }

    @Test
    void aCurlCommandPastedIntoTheUrlFieldFillsTheForm(FxRobot robot) throws Exception {
        robot.clickOn("HTTP");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("curl -X PUT 'http://127.0.0.1:8080/things/1' \\\n  -H 'Accept: text/plain' "
                    + "--data-raw '{\"number\": 1}'");
            Clipboard.getSystemClipboard().setContent(content);
        });
        TextField url = robot.lookup("#httpClientUrl").queryAs(TextField.class);
        robot.clickOn(url).push(KeyCode.CONTROL, KeyCode.V);

        waitFor(() -> url.getText().equals("http://127.0.0.1:8080/things/1"));
        assertThat(robot.lookup("#httpClientMethod").queryAs(ComboBox.class).getValue()).isEqualTo("PUT");
        assertThat(robot.lookup("#httpClientHeaders").queryAs(TextArea.class).getText())
                .isEqualTo("Accept: text/plain\nContent-Type: application/x-www-form-urlencoded");
        assertThat(robot.lookup("#httpClientHeaders").queryAs(TextArea.class).isVisible()).isTrue();
        assertThat(robot.lookup("#httpClientRawMode").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#httpClientRawJson").queryAs(TextArea.class).getText()).isEqualTo("{\"number\": 1}");

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("http://127.0.0.1:9/x");
            Clipboard.getSystemClipboard().setContent(content);
            url.selectAll();
        });
        robot.push(KeyCode.CONTROL, KeyCode.V);
        waitFor(() -> url.getText().equals("http://127.0.0.1:9/x"));
        assertThat(robot.lookup("#httpClientMethod").queryAs(ComboBox.class).getValue()).isEqualTo("PUT");
    }

    @Test
    void aSecondWindowOnTheSameHomeListsTheSavedItem(FxRobot robot) throws Exception {
        setText(robot, "#tcpClientPort", "5000");
        saveFocusedAs(robot, "#tcpClientMessage", "kept");
        waitFor(() -> Files.exists(workspace().resolve("messages/kept.json")));

        robot.interact(() -> {
            Stage stage = (Stage) window.root().getScene().getWindow();
            window.close();
            pump.stop();
            pump = new FxEventPump(engine);
            window = new MainWindow(engine, pump);
            window.show(stage);
            pump.start();
        });

        show(robot, "savedTab");
        waitFor(() -> cell(robot, "kept") != null);
        robot.doubleClickOn(cell(robot, "kept"));
        TextField port = robot.lookup("#tcpClientPort").queryAs(TextField.class);
        waitFor(() -> port.getText().equals("5000"));
    }

    /**
     * Selects the cell and asks for its context menu as a right click does (Monocle's robot makes no
     * context menu request of its own).
     */
    private static void openContextMenu(FxRobot robot, Node cell) {
        robot.clickOn(cell);
        robot.interact(() -> {
            Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                    bounds.getMinX() + 5, bounds.getMinY() + 5, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the tab with this id. */
    private static void show(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> tabId.equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path workspace() {
        return home.resolve("workspace");
    }

    /** Clicks the field, presses Ctrl+S, types the name into the dialog and confirms with Enter. */
    private static void saveFocusedAs(FxRobot robot, String field, String name) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        TextField nameField = robot.lookup("#saveItemName").queryAs(TextField.class);
        robot.interact(() -> nameField.setText(""));
        robot.clickOn(nameField).write(name).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The tree's cell showing exactly {@code text}, or null. */
    private static TreeCell<?> cell(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof TreeCell<?> cell && text.equals(cell.getText())
                && cell.isVisible()).tryQueryAs(TreeCell.class).orElse(null);
    }

    /** Every line of the tree, groups and their children, in order. */
    private static List<String> lines(FxRobot robot) {
        TreeView<SavedEntry> tree = robot.lookup("#savedItems").queryAs(TreeView.class);
        List<String> lines = new ArrayList<>();
        for (TreeItem<SavedEntry> group : tree.getRoot().getChildren()) {
            lines.add(group.getValue().text());
            group.getChildren().forEach(line -> lines.add(line.getValue().text()));
        }
        return lines;
    }
}
