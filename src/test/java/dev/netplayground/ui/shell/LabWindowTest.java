package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.http.DataServer;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.ui.lab.LabRow;
import dev.netplayground.ui.lab.LabWorkload;
import javafx.geometry.Bounds;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
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
        resize(robot, 1366, 768);
        robot.clickOn("Lab");
        setText(robot, "#labClients", "20");
        setText(robot, "#labSeconds", "1");
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
        robot.interact(() -> {
            assertThat(results.getColumns().get(0).getCellData(1)).isEqualTo("Virtual threads");
            assertThat(robot.lookup("#labLive").queryLabeled().getText()).isEqualTo("Done: see the table.");
            // "See the table": it is in view, all its rows, without scrolling.
            ScrollPane scroll = robot.lookup("#labScroll").queryAs(ScrollPane.class);
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            Bounds table = results.localToScene(results.getLayoutBounds());
            assertThat(table.getMinY()).isGreaterThanOrEqualTo(view.getMinY());
            assertThat(table.getMaxY()).isLessThanOrEqualTo(view.getMaxY());
            for (String id : new String[] {"#labThroughputChart", "#labP99Chart"}) {
                LineChart<Number, Number> chart = robot.lookup(id).query();
                // Even one-second runs give every model a point, and no series without points is listed.
                assertThat(chart.getData()).extracting(XYChart.Series::getName)
                        .containsExactly("NIO event loops", "Virtual threads", "Blocking");
                assertThat(chart.getData()).allSatisfy(series -> assertThat(series.getData()).isNotEmpty());
                assertThat(chart.getAccessibleText()).contains("NIO event loops", "Virtual threads", "Blocking");
            }
        });
    }

    @Test
    void theLossyLinkShowsTcpAndUdpRowsAndSaysWhatEachMadeOfIt(FxRobot robot) throws Exception {
        resize(robot, 1366, 768);
        showTab(robot, "Lab");
        robot.interact(() -> {
            robot.lookup("#labWorkload").<ChoiceBox<LabWorkload>>query().setValue(LabWorkload.LOSSY_LINK);
            robot.lookup("#labClients").queryAs(TextField.class).setText("2");
            robot.lookup("#labSeconds").queryAs(TextField.class).setText("1");
        });
        robot.clickOn("#labRun");
        TableView<LabRow> results = robot.lookup("#labResults").queryTableView();
        waitOnFx(30, () -> results.getItems().size() == 2 && !robot.lookup("#labRun").queryButton().isDisabled());
        robot.interact(() -> {
            assertThat(results.getItems()).extracting(LabRow::name)
                    .containsExactly("TCP via the link", "UDP via the link");
            assertThat(results.getItems().get(1).errors()).contains("lost=");
            assertThat(robot.lookup("#labLive").queryLabeled().getText()).contains("UDP kept its pace", "lost");
        });
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
    void runsTheHttpWorkloadAgainstOurHttpServerGivenAsUrl(FxRobot robot) throws Exception {
        DataServer http = engine.startDataServer(DataServerConfig.defaults(0), data -> { });
        String url = "http://127.0.0.1:" + http.localAddress().getPort() + "/data";
        resize(robot, 1366, 768);
        robot.clickOn("Lab");
        robot.interact(() -> {
            robot.lookup("#labWorkload").<ChoiceBox<LabWorkload>>query().setValue(LabWorkload.HTTP);
            robot.lookup("#labClients").queryAs(TextField.class).setText("5");
            robot.lookup("#labSeconds").queryAs(TextField.class).setText("1");
            robot.lookup("#labTarget").queryAs(TextField.class).setText(url);
        });
        robot.clickOn("#labRun");
        TableView<LabRow> results = robot.lookup("#labResults").queryTableView();
        waitOnFx(30, () -> results.getItems().size() == 1);
        LabRow row = results.getItems().get(0);
        assertThat(row.name()).isEqualTo(url);
        assertThat(row.result().connected()).isEqualTo(5);
        assertThat(row.result().messages()).isPositive();
        assertThat(row.result().errors()).isEmpty();
    }

    @Test
    void theFutureDemonstrationShowsTheSumVersusTheLongest(FxRobot robot) throws Exception {
        robot.clickOn("Lab");
        setText(robot, "#futureTask1", "0.4");
        setText(robot, "#futureTask2", "0.2");
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
        // Started together, either task may print first; the shorter one ends first.
        assertThat(timeline.getAccessibleText()).contains("Blocking: task1 from 0.0 s", "prints 1, 1, 2, 2")
                .containsPattern("Concurrent: .*prints (1, 2|2, 1), 2, 1");
    }
}
