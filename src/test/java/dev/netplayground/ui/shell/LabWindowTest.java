package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.ui.lab.LabRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** A short lab comparison run from the window: one result row per model. */
@Timeout(90)
class LabWindowTest extends WindowTest {
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
        waitOnFx(60, () -> results.getItems().size() == 3);
        assertThat(results.getItems()).extracting(LabRow::name).containsExactly("NIO", "VIRTUAL", "BLOCKING");
        for (LabRow row : results.getItems()) {
            assertThat(row.result().connected()).as(row.name()).isEqualTo(20);
            assertThat(row.result().messages()).as(row.name()).isPositive();
            assertThat(row.result().errors()).as(row.name()).isEmpty();
        }
        waitFor(() -> !robot.lookup("#labRun").queryButton().isDisabled());
    }

    @Test
    void loadsAnOutsideEchoServerGivenAsHostPort(FxRobot robot) throws Exception {
        TcpServer outside = engine.startTcpServer(
                TcpServerConfig.defaults(0, ConcurrencyModel.NIO).withEcho(true), MessageHandler.NONE);
        robot.clickOn("Lab");
        robot.interact(() -> {
            robot.lookup("#labClients").queryAs(TextField.class).setText("5");
            robot.lookup("#labSeconds").queryAs(TextField.class).setText("1");
            robot.lookup("#labTarget").queryAs(TextField.class)
                    .setText("127.0.0.1:" + outside.localAddress().getPort());
        });
        robot.clickOn("#labRun");
        TableView<LabRow> results = robot.lookup("#labResults").queryTableView();
        waitOnFx(30, () -> results.getItems().size() == 1);
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
        waitOnFx(10, () -> status.getText().startsWith("blocking"));
        java.util.regex.Matcher figures = java.util.regex.Pattern
                .compile("blocking ([0-9.]+) s \\(the sum\\), concurrent ([0-9.]+) s \\(the longest\\)")
                .matcher(status.getText());
        assertThat(figures.matches()).as(status.getText()).isTrue();
        double blocking = Double.parseDouble(figures.group(1));
        double concurrent = Double.parseDouble(figures.group(2));
        assertThat(blocking).isGreaterThanOrEqualTo(0.6);
        assertThat(concurrent).isGreaterThanOrEqualTo(0.4).isLessThan(blocking);
        Pane timeline = robot.lookup("#futureTimeline").queryAs(Pane.class);
        assertThat(timeline.getChildren())
                .filteredOn(n -> n instanceof Text t && t.getText().contains("prints: 1, 1, 2, 2"))
                .hasSize(1);
    }
}
