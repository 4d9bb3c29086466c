package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.store.AppHome;
import dev.netplayground.testing.Threads;
import dev.netplayground.ui.fx.FxEventPump;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window over a fresh engine, opened and closed as the app does it, headless, on an
 * app home of its own (a temporary folder: no test restores another's session); after each
 * test no engine thread may be left.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    @TempDir
    protected Path home;
    protected Engine engine;
    protected FxEventPump pump;
    protected MainWindow window;

    /**
     * TestFX only calls {@code @Start} methods declared in the test class itself, so the base sets the stage up
     * here.
     */
    @BeforeEach
    void openWindowLikeTheAppDoes() throws Exception {
        System.setProperty(AppHome.PROPERTY, home.toString());
        FxToolkit.setupStage(this::start);
    }

    /** Opens the window on the stage as the app's start does. FX thread. */
    protected void start(Stage stage) {
        engine = new Engine();
        pump = new FxEventPump(engine);
        window = new MainWindow(engine, pump);
        window.show(stage);
        pump.start();
    }

    @AfterEach
    void closeWindowLikeTheAppDoes(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            pump.stop();
        });
        engine.close();
        System.clearProperty(AppHome.PROPERTY);
        assertThat(engine.isTerminated()).isTrue();
        assertThat(Threads.engineThreads()).isEmpty();
    }

    /** Sizes the window as on a screen of that size (the headless screen is larger). */
    protected void resize(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            Window stage = window.root().getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the TCP pane's server and waits until it listens; returns its status line. */
    protected static Label startTcpServer(FxRobot robot) throws Exception {
        robot.clickOn("#tcpServerStart");
        Label status = robot.lookup("#tcpServerStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Listening on"));
        return status;
    }

    /** Connects the TCP pane's client and waits until it is connected to loopback; returns its status line. */
    protected static Label connectTcpClient(FxRobot robot) throws Exception {
        robot.clickOn("#tcpClientConnect");
        Label status = robot.lookup("#tcpClientStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Connected to 127.0.0.1:"));
        return status;
    }

    /** Sets the text of the field with this id at once, as pasting would. */
    protected static void setText(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    /** Clears the field and types {@code text} into it key by key, as a user would. */
    protected static void retype(FxRobot robot, TextField field, String text) {
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }

    /** Selects the tab with this title, as a click on its header does, and waits until it is laid out. */
    protected static void showTab(FxRobot robot, String title) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> tab.getText().equals(title)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows each tab in turn; once it is laid out, runs {@code onTab} with the tab's title on the FX thread. */
    protected static void onEveryTab(FxRobot robot, Consumer<String> onTab) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> onTab.accept(tab.getText()));
        }
    }

    /**
     * Asks the server pane {@code pane} (its id prefix, e.g. {@code tcpServer}) for reply rules, checking that their
     * box was hidden until then, and starts it with {@code badRules}: waits until its error line matches
     * {@code error} and checks that the box is marked. Returns the box.
     */
    protected static TextArea startWithBadReplyRules(FxRobot robot, String pane, String badRules,
            Predicate<String> error) throws Exception {
        TextArea rules = robot.lookup("#" + pane + "ReplyRules").queryAs(TextArea.class);
        assertThat(onFx(rules::isVisible)).as("no rules box until asked for").isFalse();
        robot.clickOn("#" + pane + "Replies");
        robot.interact(() -> rules.setText(badRules));
        robot.clickOn("#" + pane + "Start");
        Label line = robot.lookup("#" + pane + "Error").queryAs(Label.class);
        waitFor(() -> error.test(line.getText()));
        assertThat(onFx(() -> rules.getPseudoClassStates().toString())).contains("danger");
        return rules;
    }

    /** Waits up to 10 s until the live log's table shows an event that {@code match}es. */
    protected static void waitForLogged(FxRobot robot, Predicate<NetEvent> match) throws Exception {
        TableView<NetEvent> log = robot.lookup("#logTable").queryTableView();
        waitFor(() -> log.getItems().stream().anyMatch(match));
    }

    /** Waits up to 10 s for the condition, evaluated on the FX thread (the only one that may read the window). */
    protected static void waitFor(Callable<Boolean> condition) throws Exception {
        waitOnFx(10, condition);
    }

    /** Reads something off the window on the FX thread. */
    protected static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    /** Waits up to 10 s for the table's last row to be in view, whole; says what it shows if not. */
    protected static void waitForLastRowInView(TableView<?> table) throws Exception {
        try {
            waitOnFx(10, () -> TableViews.showsLastRow(table));
        } catch (TimeoutException e) {
            throw new AssertionError("The last row is not in view: "
                    + WaitForAsyncUtils.asyncFx(() -> TableViews.describe(table)).get(5, TimeUnit.SECONDS), e);
        }
    }

    /** Waits until the condition, evaluated on the FX thread (where the window changes), holds. */
    protected static void waitOnFx(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }
}
