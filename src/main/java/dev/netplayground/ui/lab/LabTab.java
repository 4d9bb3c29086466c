package dev.netplayground.ui.lab;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.common.ChartPoint;
import dev.netplayground.ui.common.ChartSeries;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.LazyTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Lab tab: one click runs the same echo workload against a blocking, a virtual-thread and
 * an NIO server and shows, live and side by side, what each costs. Built on first selection.
 */
public final class LabTab extends LazyTab {
    private static final String EXPLANATION = "What to look at: BLOCKING spends one platform thread per connection, "
            + "so its thread count climbs with the clients and each thread costs memory and scheduling. "
            + "VIRTUAL writes the same blocking code, but parks each connection on a virtual thread: a handful of "
            + "carrier threads serve them all, like tokio tasks. NIO uses a selector thread per core, each serving "
            + "its share of the connections. "
            + "With many idle or slow connections, the last two hold thousands with a few threads.";

    private final Engine engine;
    private final Executor fx;
    private LabViewModel model;

    public LabTab(Engine engine, FxEventPump pump, Executor fx) {
        super("Lab", "labTab", pump);
        this.engine = engine;
        this.fx = fx;
    }

    @Override
    protected Node build() {
        model = new LabViewModel(engine, fx);
        follow(batch -> model.onPulse(System.nanoTime()));

        TextField clients = new TextField();
        clients.setId("labClients");
        clients.setPrefColumnCount(6);
        clients.textProperty().bindBidirectional(model.clientsProperty());
        TextField seconds = new TextField();
        seconds.setId("labSeconds");
        seconds.setPrefColumnCount(4);
        seconds.textProperty().bindBidirectional(model.secondsProperty());
        Button run = new Button("Run the comparison");
        run.setId("labRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button stop = new Button("Stop");
        stop.setId("labStop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressBar progress = new ProgressBar();
        progress.setId("labProgress");
        progress.progressProperty().bind(model.progressProperty());
        javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton("Export results");
        export.setId("labExport");
        export.disableProperty().bind(Bindings.isEmpty(model.results()).or(model.runningProperty()));
        for (boolean csv : new boolean[] {false, true}) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(csv ? "As CSV" : "As JSON");
            item.setOnAction(e -> {
                javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
                chooser.setInitialFileName("lab-results." + (csv ? "csv" : "json"));
                java.io.File file = chooser.showSaveDialog(getTabPane().getScene().getWindow());
                if (file != null) {
                    model.exportResults(file.toPath(), csv);
                }
            });
            export.getItems().add(item);
        }
        TextField target = new TextField();
        target.setId("labTarget");
        target.setPromptText("our 3 servers, or host:port");
        target.setPrefColumnCount(12);
        target.setTooltip(new Tooltip(
                "Empty: start an NIO, a virtual-thread and a blocking echo server and load each. "
                        + "host:port: load that echo server instead (it must send each line back)."));
        target.textProperty().bindBidirectional(model.targetProperty());
        TextField size = new TextField();
        size.setId("labSize");
        size.setPrefColumnCount(4);
        size.textProperty().bindBidirectional(model.sizeProperty());
        size.setTooltip(new Tooltip("Bytes per line, newline included."));
        TextField rate = new TextField();
        rate.setId("labRate");
        rate.setPrefColumnCount(4);
        rate.textProperty().bindBidirectional(model.rateProperty());
        rate.setTooltip(new Tooltip("Lines per second per client; 0 sends the next as soon as the echo is back."));
        HBox settings = new HBox(8, Forms.caption("Clients", clients), clients, Forms.caption("seconds", seconds),
                seconds, Forms.caption("bytes per line", size), size, Forms.caption("lines/s per client", rate), rate,
                Forms.caption("Target", target), target);
        settings.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(target, Priority.ALWAYS);
        for (javafx.scene.control.ButtonBase button : new javafx.scene.control.ButtonBase[] {run, stop, export}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, run, stop, progress, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(8, settings, actions);

        Label live = new Label();
        live.setId("labLive");
        live.getStyleClass().add(Styles.TEXT_BOLD);
        live.textProperty().bind(model.liveProperty());
        Label error = Forms.errorLabel("labError");
        error.textProperty().bind(model.errorProperty());

        HBox charts = new HBox(8, chart("labThroughputChart", "Messages per second", "messages/s", true),
                chart("labP99Chart", "p99 round trip, each second", "ms", false));

        TableView<LabRow> table = new TableView<>(model.results());
        table.setId("labResults");
        table.setPlaceholder(new Label("Run the comparison: one row per model appears as each finishes."));
        table.getColumns().setAll(
                Columns.column("Run", 120, LabRow::name),
                Columns.column("Connected", 90, r -> r.result().connected()),
                Columns.column("Messages/s", 100, LabRow::throughput),
                Columns.column("MB/s", 60, LabRow::megabytesPerSecond),
                Columns.column("p50", 80, LabRow::p50),
                Columns.column("p90", 80, LabRow::p90),
                Columns.column("p99", 80, LabRow::p99),
                Columns.column("max", 80, LabRow::max),
                Columns.column("Peak threads", 100, LabRow::peakThreads),
                Columns.column("Peak heap MB", 100, LabRow::peakHeapMb),
                Columns.column("Errors", 120, LabRow::errors));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(150);

        Label explanation = new Label(EXPLANATION);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("status-text");
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        FutureDemoView future = new FutureDemoView(engine.tasks(), fx);
        VBox content = new VBox(8, form, explanation, error, live, charts, table, future);
        content.getStyleClass().add("pane-card");
        charts.setPrefHeight(190);
        charts.setMinHeight(170);
        table.setPrefHeight(170);
        // The lab is taller than the space above the log: it scrolls rather than squeezing its parts.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("labScroll");
        return scroll;
    }

    private LineChart<Number, Number> chart(String id, String title, String unit, boolean throughput) {
        NumberAxis time = new NumberAxis();
        time.setLabel("seconds into the run");
        NumberAxis values = new NumberAxis();
        values.setLabel(unit);
        LineChart<Number, Number> chart = new LineChart<>(time, values);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        for (String series : LabViewModel.SERIES) {
            ObservableList<ChartPoint> points =
                    throughput ? model.throughput(series) : model.p99(series);
            chart.getData().add(ChartSeries.following(series, points));
        }
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /** Stops a running comparison. */
    @Override
    protected void disposeBuilt() {
        model.stop();
    }
}
