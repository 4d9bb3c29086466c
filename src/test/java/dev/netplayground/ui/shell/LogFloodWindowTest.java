package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.log.LogViewModel;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** Floods the log with the window open; the table stays capped and still answers a filter. */
@Timeout(120)
class LogFloodWindowTest extends WindowTest {
    @Test
    void aFloodedLogStaysCappedAndStillAnswersAFilter(FxRobot robot) throws Exception {
        EventEmitter flood = engine.log().emitter("flood-1");
        int total = 150_000;
        Thread producer = Thread.ofPlatform().name("test-flood").start(() -> {
            for (int i = 0; i < total; i++) {
                flood.emit(EventKind.RECEIVED, "127.0.0.1:9", i == total / 2 ? "the needle" : "hay " + i);
            }
        });
        producer.join(TimeUnit.SECONDS.toMillis(60));
        TableView<NetEvent> table = robot.lookup("#logTable").queryTableView();
        waitOnFx(30, () -> table.getItems().size() == LogViewModel.MAX_ROWS
                && table.getItems().get(table.getItems().size() - 1).message().equals("hay " + (total - 1))
                && robot.lookup("#statusCounts").queryAs(Label.class).getText()
                        .startsWith(String.format("%,d events", total)));
        assertThat(engine.log().published()).isEqualTo(total);
        assertThat(engine.log().dropped()).isEqualTo(total - engine.log().capacity());
        assertThat(robot.lookup("#statusCounts").queryAs(Label.class).getText())
                .contains(String.format("%,d dropped from memory", total - engine.log().capacity()));

        TextField search = robot.lookup("#logSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("hay 149999"));
        waitOnFx(10, () -> table.getItems().size() == 1);
        // The needle was pushed out of the window's rows by newer events; the engine's log still has it.
        robot.interact(() -> search.setText("needle"));
        waitOnFx(10, () -> table.getItems().isEmpty());
        assertThat(engine.log().snapshot()).anyMatch(e -> e.message().equals("the needle"));
    }
}
