package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.testing.Threads;
import dev.netplayground.ui.fx.FxEventPump;
import dev.netplayground.ui.lab.LabRow;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A short lab comparison run from the window: one result row per model. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class LabWindowTest {
    private Engine engine;
    private FxEventPump pump;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        engine = new Engine();
        pump = new FxEventPump(engine.log());
        window = new MainWindow(engine, pump);
        window.show(stage);
        pump.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            pump.stop();
        });
        engine.close();
        assertThat(Threads.engineThreads()).isEmpty();
    }

    @Test
    void aShortComparisonShowsAllThreeModels(FxRobot robot) throws Exception {
        robot.clickOn("Lab");
        TextField clients = robot.lookup("#labClients").queryAs(TextField.class);
        TextField seconds = robot.lookup("#labSeconds").queryAs(TextField.class);
        robot.interact(() -> {
            clients.setText("20");
            seconds.setText("1");
        });
        robot.clickOn("#labRun");
        TableView<LabRow> results = robot.lookup("#labResults").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> results.getItems().size() == 3).get(5, TimeUnit.SECONDS));
        assertThat(results.getItems()).extracting(LabRow::name).containsExactly("NIO", "VIRTUAL", "BLOCKING");
        for (LabRow row : results.getItems()) {
            assertThat(row.result().connected()).as(row.name()).isEqualTo(20);
            assertThat(row.result().messages()).as(row.name()).isPositive();
            assertThat(row.result().errors()).as(row.name()).isEmpty();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#labRun").queryButton().isDisabled());
    }

    @Test
    void loadsAnOutsideEchoServerGivenAsHostPort(FxRobot robot) throws Exception {
        dev.netplayground.engine.tcp.TcpServer outside = engine.startTcpServer(
                dev.netplayground.engine.tcp.TcpServerConfig.defaults(0, dev.netplayground.engine.tcp.ConcurrencyModel.NIO).withEcho(true),
                dev.netplayground.engine.tcp.LineHandler.NONE);
        robot.clickOn("Lab");
        robot.interact(() -> {
            robot.lookup("#labClients").queryAs(TextField.class).setText("5");
            robot.lookup("#labSeconds").queryAs(TextField.class).setText("1");
            robot.lookup("#labTarget").queryAs(TextField.class).setText("127.0.0.1:" + outside.localAddress().getPort());
        });
        robot.clickOn("#labRun");
        TableView<LabRow> results = robot.lookup("#labResults").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> results.getItems().size() == 1).get(5, TimeUnit.SECONDS));
        LabRow row = results.getItems().get(0);
        assertThat(row.name()).isEqualTo("127.0.0.1:" + outside.localAddress().getPort());
        assertThat(row.result().connected()).isEqualTo(5);
        assertThat(row.result().messages()).isPositive();
    }

    @Test
    void theFutureDemonstrationShowsTheSumVersusTheLongest(FxRobot robot) throws Exception {
        robot.clickOn("Lab");
        TextField task1 = robot.lookup("#futureTask1").queryAs(TextField.class);
        TextField task2 = robot.lookup("#futureTask2").queryAs(TextField.class);
        robot.interact(() -> {
            task1.setText("0.4");
            task2.setText("0.2");
        });
        robot.interact(() -> robot.lookup("#futureRun").queryButton().fire());
        javafx.scene.control.Label status = robot.lookup("#futureStatus").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> status.getText().startsWith("blocking")).get(5, TimeUnit.SECONDS));
        java.util.regex.Matcher figures = java.util.regex.Pattern
                .compile("blocking ([0-9.]+) s \\(the sum\\), concurrent ([0-9.]+) s \\(the longest\\)")
                .matcher(status.getText());
        assertThat(figures.matches()).as(status.getText()).isTrue();
        double blocking = Double.parseDouble(figures.group(1));
        double concurrent = Double.parseDouble(figures.group(2));
        assertThat(blocking).isGreaterThanOrEqualTo(0.6);
        assertThat(concurrent).isGreaterThanOrEqualTo(0.4).isLessThan(blocking);
        javafx.scene.layout.Pane timeline = robot.lookup("#futureTimeline").queryAs(javafx.scene.layout.Pane.class);
        assertThat(timeline.getChildren()).filteredOn(n -> n instanceof javafx.scene.text.Text t && t.getText().contains("prints: 1, 1, 2, 2"))
                .hasSize(1);
    }
}
