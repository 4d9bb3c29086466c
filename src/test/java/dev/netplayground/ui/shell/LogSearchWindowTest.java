package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Searching the log and clearing the search: the view comes back to the newest rows, unless paused. */
@Timeout(60)
class LogSearchWindowTest extends WindowTest {
    private static final int EVENTS = 400;

    private TableView<NetEvent> fillTheLog(FxRobot robot) throws Exception {
        EventEmitter emitter = engine.log().emitter("test-1");
        for (int i = 0; i < EVENTS; i++) {
            emitter.emit(EventKind.RECEIVED, "127.0.0.1:9", "hay " + i);
        }
        TableView<NetEvent> log = robot.lookup("#logTable").queryTableView();
        waitOnFx(10, () -> log.getItems().size() == EVENTS);
        waitForLastRowInView(log);
        return log;
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#logSearch").queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clearingTheSearchComesBackToTheNewestRows(FxRobot robot) throws Exception {
        TableView<NetEvent> log = fillTheLog(robot);
        for (String narrowing : new String[] {"hay 1", "hay 39"}) {
            search(robot, narrowing);
            search(robot, "");
            waitOnFx(5, () -> log.getItems().size() == EVENTS);
            assertThat(WaitForAsyncUtils.asyncFx(() -> TableViews.showsLastRow(log)).get()).as(narrowing).isTrue();
        }
    }

    @Test
    void typingAndErasingTheSearchComesBackToTheNewestRows(FxRobot robot) throws Exception {
        TableView<NetEvent> log = fillTheLog(robot);
        robot.clickOn("#logSearch").write("hay 1");
        robot.eraseText(5);
        waitOnFx(5, () -> log.getItems().size() == EVENTS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> TableViews.showsLastRow(log)).get()).isTrue();
    }

    @Test
    void whilePausedTheReaderKeepsTheirPlace(FxRobot robot) throws Exception {
        TableView<NetEvent> log = fillTheLog(robot);
        robot.interact(() -> robot.lookup("#logPause").queryAs(ToggleButton.class).setSelected(true));
        search(robot, "hay 1");
        search(robot, "");
        waitOnFx(5, () -> log.getItems().size() == EVENTS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> TableViews.showsLastRow(log)).get()).isFalse();
    }
}
