package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.store.AppHome;
import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemKind;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.PayloadEncoding;
import dev.netplayground.store.Revision;
import dev.netplayground.store.Session;
import dev.netplayground.store.Session.WindowGeometry;
import dev.netplayground.store.SessionStore;
import dev.netplayground.store.Transport;
import dev.netplayground.store.Workspace;
import dev.netplayground.ui.common.TextScale;
import dev.netplayground.ui.log.DirectionFilter;
import dev.netplayground.ui.saved.SavedEntry;
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
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
        robot.interact(() -> lineEnding().setValue(LineEnding.NONE));
        showTab(robot, "UDP");
        setText(robot, "#udpSenderMessage", "ping 42");
        robot.clickOn("#udpReceiverEcho");
        showTab(robot, "HTTP");
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

        // Every part at once, so that breaking the restore shows each assertion fail.
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(onFx(() -> new double[] {stage().getX(), stage().getY(), stage().getWidth(),
                stage().getHeight()})).containsExactly(40, 30, 1300, 900);
        softly.assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("httpTab");
        softly.assertThat(onFx(() -> split("#mainSplit").getDividerPositions()[0])).isCloseTo(0.5, within(0.01));
        softly.assertThat(onFx(() -> window.textScale().sizeProperty().get())).isEqualTo(TextScale.DEFAULT + 1);
        softly.assertThat(onFx(() -> node(ToggleButton.class, "#themeToggle").isSelected())).isTrue();
        softly.assertThat(onFx(() -> node(TextField.class, "#logSearch").getText())).isEqualTo("ping");
        softly.assertThat(onFx(() -> node(ChoiceBox.class, "#logDirectionFilter").getValue()))
                .isEqualTo(DirectionFilter.OUT);
        showTab(robot, "HTTP");
        softly.assertThat(onFx(() -> node(ListView.class, "#httpClientHistory").getItems().stream()
                .map(Object::toString).toList())).containsExactly(sentBody);
        // Servers start stopped, whatever ran when the window closed.
        softly.assertThat(onFx(() -> node(TextField.class, "#httpServerUrl").getText())).isEmpty();
        showTab(robot, "TCP");
        softly.assertThat(onFx(() -> text("#tcpClientPort"))).isEqualTo("5123");
        softly.assertThat(onFx(() -> text("#tcpClientMessage"))).isEqualTo("hello again");
        softly.assertThat(onFx(() -> lineEnding().getValue())).isEqualTo(LineEnding.NONE);
        showTab(robot, "UDP");
        softly.assertThat(onFx(() -> text("#udpSenderMessage"))).isEqualTo("ping 42");
        softly.assertThat(onFx(() -> node(CheckBox.class, "#udpReceiverEcho").isSelected())).isTrue();
        softly.assertAll();
    }

    @Test
    void aChangeIsWrittenAFewSecondsLaterWhileTheWindowStaysOpen(FxRobot robot) throws Exception {
        Path file = home.resolve("session.json");
        // A new window is placed when shown: that is a change too, written a few seconds later.
        waitOnFx(20, () -> Files.isRegularFile(file));
        setText(robot, "#tcpClientMessage", "written while open");

        waitOnFx(20, () -> Files.readString(file).contains("written while open"));
    }

    @Test
    void startingAgainWithoutChangingAnythingLeavesTheFileAsItWas(FxRobot robot) throws Exception {
        setText(robot, "#tcpClientMessage", "as it was");
        robot.interact(() -> split("#mainSplit").setDividerPositions(0.4567891));
        showTab(robot, "UDP");
        restart(robot);
        byte[] written = Files.readAllBytes(home.resolve("session.json"));

        restart(robot);

        assertThat(home.resolve("session.json")).hasBinaryContent(written);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("as it was");
    }

    @Test
    void viewResetLayoutRestoresSizeSplitsAndTabButKeepsTheForms(FxRobot robot) throws Exception {
        resize(robot, (int) DEFAULT_SIZE[0], (int) DEFAULT_SIZE[1]);
        showTab(robot, "UDP");
        double udpSplit = onFx(() -> split("#udpTabSplit").getDividerPositions()[0]);
        robot.interact(() -> {
            stage().setWidth(1400);
            stage().setHeight(900);
            split("#mainSplit").setDividerPositions(0.3);
        });
        setText(robot, "#udpSenderMessage", "kept");
        robot.interact(() -> split("#udpTabSplit").setDividerPositions(0.8));

        robot.interact(() -> resetLayoutItem(robot).fire());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(onFx(() -> new double[] {stage().getWidth(), stage().getHeight()}))
                .containsExactly(DEFAULT_SIZE);
        softly.assertThat(onFx(() -> split("#mainSplit").getDividerPositions()[0])).isCloseTo(0.63, within(0.001));
        softly.assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tcpTab");
        showTab(robot, "UDP");
        softly.assertThat(onFx(() -> split("#udpTabSplit").getDividerPositions()[0]))
                .isCloseTo(udpSplit, within(0.001));
        softly.assertThat(onFx(() -> text("#udpSenderMessage"))).isEqualTo("kept");
        softly.assertAll();
    }

    @Test
    void anUnreadableSessionStartsTheDefaultWindowSaysSoAndIsKeptAside(FxRobot robot) throws Exception {
        closeLikeTheApp(robot);
        // Valid but for the text scale, which is not a number.
        byte[] corrupt = ("{\"format\": 1, \"theme\": \"dark\", \"textScale\": \"big\", \"window\": "
                + "{\"x\": 40, \"y\": 30, \"width\": 1300, \"height\": 900, \"maximized\": false}}")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(home.resolve("session.json"), corrupt);

        openAgain(robot);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(onFx(() -> node(ToggleButton.class, "#themeToggle").isSelected())).isFalse();
        softly.assertThat(onFx(() -> window.textScale().sizeProperty().get())).isEqualTo(TextScale.DEFAULT);
        softly.assertThat(onFx(() -> new double[] {stage().getWidth(), stage().getHeight()}))
                .containsExactly(DEFAULT_SIZE);
        softly.assertThat(onFx(() -> window.root().lookup("#statusNotice") instanceof Label notice
                ? notice.getText() : "no notice"))
                .startsWith("Session not restored: " + home.resolve("session.json") + ", line 1, column ")
                .contains("It is kept as " + home.resolve("session.json.unreadable-"));
        try (Stream<Path> files = Files.list(home)) {
            softly.assertThat(files.filter(file -> file.getFileName().toString().startsWith("session.json.unreadable-"))
                    .findFirst()).hasValueSatisfying(kept -> assertThat(kept).hasBinaryContent(corrupt));
        }
        softly.assertAll();
    }

    @Test
    void aWindowSavedOffEveryScreenOpensWhereANewOneWould(FxRobot robot) throws Exception {
        restartWithSavedWindow(robot,
                "\"x\": 5000, \"y\": 4000, \"width\": 800, \"height\": 600, \"maximized\": false");

        assertThat(onFx(() -> new double[] {stage().getWidth(), stage().getHeight()})).containsExactly(DEFAULT_SIZE);
        assertThat(onFx(() -> stage().getX())).isBetween(0.0, 1600 - DEFAULT_SIZE[0]);
        assertThat(onFx(() -> stage().getY())).isBetween(0.0, 1000 - DEFAULT_SIZE[1]);
    }

    @Test
    void aMaximizedWindowOpensMaximizedAndKeepsTheSizeItHadBefore(FxRobot robot) throws Exception {
        restartWithSavedWindow(robot, "\"x\": 40, \"y\": 30, \"width\": 1000, \"height\": 700, \"maximized\": true");
        boolean wasMaximized = onFx(() -> reopened.isMaximized());
        restart(robot);

        assertThat(wasMaximized).isTrue();
        assertThat(SessionStore.in(new AppHome(home, home)).load().session().window())
                .isEqualTo(new WindowGeometry(40, 30, 1000, 700, true));
    }

    @Test
    void theWorkspaceOpenedLastIsShownAgainAndOneThatIsGoneLeavesTheDefault(FxRobot robot, @TempDir Path elsewhere)
            throws Exception {
        Path project = elsewhere.resolve("project");
        new Workspace(project).save(new ItemKey(ItemKind.MESSAGES, "from the project"), new MessageItem(Transport.TCP,
                "127.0.0.1", 5000, PayloadEncoding.TEXT, "hi", LineEnding.LF, 1, 0), Revision.NONE);
        closeLikeTheApp(robot);
        SessionStore store = SessionStore.in(new AppHome(home, home));
        Session before = store.load().session();
        store.save(new Session(before.window(), before.dividers(), "savedTab", before.theme(), before.textScale(),
                before.forms(), before.httpHistory(), before.logFilters(), project.toString()));
        openAgain(robot);

        @SuppressWarnings("unchecked")
        TreeView<SavedEntry> items = node(TreeView.class, "#savedItems");
        waitFor(() -> items.getRoot().getChildren().stream()
                .anyMatch(group -> group.getChildren().stream()
                        .anyMatch(item -> item.getValue().text().equals("from the project"))));
        closeLikeTheApp(robot);
        assertThat(store.load().session().workspace()).isEqualTo(project.toString());

        Files.delete(project.resolve("messages").resolve("from the project.json"));
        Files.delete(project.resolve("messages"));
        Files.delete(project);
        openAgain(robot);
        Label notice = node(Label.class, "#statusNotice");
        waitFor(() -> notice.getText().contains("is gone"));
        closeLikeTheApp(robot);
        assertThat(store.load().session().workspace()).isNull();
    }

    private void restart(FxRobot robot) throws Exception {
        closeLikeTheApp(robot);
        openAgain(robot);
    }

    /** Closes the app, replaces its session file with one that has only this window (its JSON fields), opens it. */
    private void restartWithSavedWindow(FxRobot robot, String windowFields) throws Exception {
        closeLikeTheApp(robot);
        Files.writeString(home.resolve("session.json"), "{\"format\": 1, \"window\": {" + windowFields + "}}");
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

    private <T> T node(Class<T> type, String id) {
        return type.cast(window.root().lookup(id));
    }

    private String text(String id) {
        Object control = window.root().lookup(id);
        return control instanceof TextArea area ? area.getText() : ((TextField) control).getText();
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<LineEnding> lineEnding() {
        return node(ChoiceBox.class, "#tcpClientLineEnding");
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
