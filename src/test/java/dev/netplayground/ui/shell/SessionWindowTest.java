package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netplayground.ui.common.TextScale;
import dev.netplayground.ui.log.DirectionFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/**
 * The window closes and the app starts again on the same home, as a user quits and comes back:
 * what they set up is there again, and a session file that cannot be read costs only the session.
 */
@Timeout(90)
class SessionWindowTest extends WindowTest {
    /** A new window's size on the tests' 1600x1000 screen (TestFX reuses one stage, sized by earlier tests). */
    private static final double[] DEFAULT_SIZE = {1200, 800};
    private Stage reopened;

    @AfterEach
    void hideTheReopenedStage(FxRobot robot) {
        if (reopened != null) {
            robot.interact(reopened::hide);
        }
    }

    @Test
    void whatTheUserSetUpComesBackAfterARestart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Window stage = stage();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1300);
            stage.setHeight(900);
        });
        setText(robot, "#tcpClientPort", "5123");
        setText(robot, "#tcpClientMessage", "hello again");
        robot.interact(() -> robot.lookup("#tcpClientLineEnding").queryAs(ChoiceBox.class).getSelectionModel()
                .selectLast());
        robot.clickOn("UDP");
        setText(robot, "#udpSenderMessage", "ping 42");
        robot.clickOn("#udpReceiverEcho");
        robot.clickOn("HTTP");
        robot.clickOn("#httpServerStart");
        TextField serverUrl = robot.lookup("#httpServerUrl").queryAs(TextField.class);
        waitFor(() -> !serverUrl.getText().isEmpty());
        robot.clickOn("#httpClientSend");
        ListView<?> history = robot.lookup("#httpClientHistory").queryListView();
        waitFor(() -> history.getItems().size() == 1);
        robot.interact(() -> split("#mainSplit").setDividerPositions(0.5));
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.clickOn("#themeToggle");
        setText(robot, "#logSearch", "ping");
        robot.interact(() -> direction(robot).setValue(DirectionFilter.OUT));
        String sentBody = onFx(() -> history.getItems().get(0).toString());

        restart(robot);

        assertThat(onFx(() -> new double[] {stage().getX(), stage().getY(), stage().getWidth(), stage().getHeight()}))
                .containsExactly(40, 30, 1300, 900);
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("httpTab");
        assertThat(onFx(() -> split("#mainSplit").getDividerPositions()[0])).isCloseTo(0.5, within(0.01));
        assertThat(onFx(() -> window.textScale().sizeProperty().get())).isEqualTo(TextScale.DEFAULT + 1);
        assertThat(onFx(() -> robot.lookup("#themeToggle").queryAs(ToggleButton.class).isSelected())).isTrue();
        assertThat(onFx(() -> robot.lookup("#logSearch").queryAs(TextField.class).getText())).isEqualTo("ping");
        assertThat(onFx(() -> direction(robot).getValue())).isEqualTo(DirectionFilter.OUT);
        ListView<?> restoredHistory = robot.lookup("#httpClientHistory").queryListView();
        assertThat(onFx(() -> restoredHistory.getItems().stream().map(Object::toString).toList()))
                .containsExactly(sentBody);
        // Servers start stopped, whatever ran when the window closed.
        assertThat(onFx(() -> robot.lookup("#httpServerUrl").queryAs(TextField.class).getText())).isEmpty();
        robot.clickOn("TCP");
        assertThat(onFx(() -> text("#tcpClientPort"))).isEqualTo("5123");
        assertThat(onFx(() -> text("#tcpClientMessage"))).isEqualTo("hello again");
        assertThat(onFx(() -> robot.lookup("#tcpClientLineEnding").queryAs(ChoiceBox.class).getSelectionModel()
                .getSelectedIndex())).isEqualTo(onFx(() -> robot.lookup("#tcpClientLineEnding")
                        .queryAs(ChoiceBox.class).getItems().size() - 1));
        robot.clickOn("UDP");
        assertThat(onFx(() -> text("#udpSenderMessage"))).isEqualTo("ping 42");
        assertThat(onFx(() -> robot.lookup("#udpReceiverEcho").queryAs(CheckBox.class).isSelected())).isTrue();
    }

    @Test
    void viewResetLayoutRestoresSizeSplitsAndTabButKeepsTheForms(FxRobot robot) throws Exception {
        resize(robot, (int) DEFAULT_SIZE[0], (int) DEFAULT_SIZE[1]);
        robot.clickOn("UDP");
        double udpSplit = onFx(() -> split("#udpTabSplit").getDividerPositions()[0]);
        robot.interact(() -> {
            stage().setWidth(1400);
            stage().setHeight(900);
            split("#mainSplit").setDividerPositions(0.3);
        });
        setText(robot, "#udpSenderMessage", "kept");
        robot.interact(() -> split("#udpTabSplit").setDividerPositions(0.8));

        robot.interact(() -> resetLayoutItem(robot).fire());

        assertThat(onFx(() -> new double[] {stage().getWidth(), stage().getHeight()})).containsExactly(DEFAULT_SIZE);
        assertThat(onFx(() -> split("#mainSplit").getDividerPositions()[0])).isCloseTo(0.63, within(0.001));
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tcpTab");
        robot.clickOn("UDP");
        assertThat(onFx(() -> split("#udpTabSplit").getDividerPositions()[0])).isCloseTo(udpSplit, within(0.001));
        assertThat(onFx(() -> text("#udpSenderMessage"))).isEqualTo("kept");
    }

    @Test
    void anUnreadableSessionStartsTheDefaultWindowSaysSoAndIsKeptAside(FxRobot robot) throws Exception {
        closeLikeTheApp(robot);
        byte[] corrupt = "{\"format\": 1, \"theme\": \"dark\", \"textScale\": \"big\"}"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(home.resolve("session.json"), corrupt);

        openAgain(robot);

        assertThat(onFx(() -> robot.lookup("#themeToggle").queryAs(ToggleButton.class).isSelected())).isFalse();
        assertThat(onFx(() -> window.textScale().sizeProperty().get())).isEqualTo(TextScale.DEFAULT);
        assertThat(onFx(() -> new double[] {stage().getWidth(), stage().getHeight()})).containsExactly(DEFAULT_SIZE);
        String notice = onFx(() -> robot.lookup("#statusNotice").queryAs(Label.class).getText());
        assertThat(notice).startsWith(home.resolve("session.json") + ", line 1, column ")
                .contains("It is kept as " + home.resolve("session.json.unreadable-"));
        try (Stream<Path> files = Files.list(home)) {
            Path kept = files.filter(file -> file.getFileName().toString().startsWith("session.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertThat(kept).hasBinaryContent(corrupt);
        }
    }

    @Test
    void aWindowSavedOffEveryScreenOpensWhereANewOneWould(FxRobot robot) throws Exception {
        closeLikeTheApp(robot);
        Files.writeString(home.resolve("session.json"), "{\"format\": 1, \"window\": {\"x\": 5000, \"y\": 4000, "
                + "\"width\": 800, \"height\": 600, \"maximized\": false}}");

        openAgain(robot);

        assertThat(onFx(() -> new double[] {stage().getWidth(), stage().getHeight()})).containsExactly(DEFAULT_SIZE);
        assertThat(onFx(() -> stage().getX())).isBetween(0.0, 1600 - DEFAULT_SIZE[0]);
        assertThat(onFx(() -> stage().getY())).isBetween(0.0, 1000 - DEFAULT_SIZE[1]);
    }

    private void restart(FxRobot robot) throws Exception {
        closeLikeTheApp(robot);
        openAgain(robot);
    }

    /** The user closes the window, and the app stops as it does on exit. */
    private void closeLikeTheApp(FxRobot robot) {
        robot.interact(() -> {
            stage().hide();
            window.close();
            pump.stop();
        });
        engine.close();
    }

    /** The app starts again in this JVM, on the same home, with a new stage. */
    private void openAgain(FxRobot robot) throws Exception {
        robot.interact(() -> {
            reopened = new Stage();
            start(reopened);
        });
        waitFor(() -> reopened.isShowing());
    }

    private Window stage() {
        return window.root().getScene().getWindow();
    }

    private TabPane tabs() {
        return (TabPane) window.root().lookup("#mainTabs");
    }

    private SplitPane split(String id) {
        return (SplitPane) window.root().lookup(id);
    }

    private String text(String id) {
        Object control = window.root().lookup(id);
        return control instanceof TextArea area ? area.getText() : ((TextField) control).getText();
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<DirectionFilter> direction(FxRobot robot) {
        return robot.lookup("#logDirectionFilter").queryAs(ChoiceBox.class);
    }

    private static MenuItem resetLayoutItem(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menuResetLayout".equals(item.getId())).findFirst().orElseThrow();
    }
}
