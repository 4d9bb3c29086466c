package dev.netplayground.ui.lab;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.EngineTab;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.ModelNames;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Lab tab: one click runs the same echo workload against a blocking, a virtual-thread and
 * an NIO server and shows, live and side by side, what each costs. From the top: the settings,
 * the live figures, the results table (where "Done" points), the charts, what to look at, and
 * the future demonstration. Built on first selection.
 */
public final class LabTab extends EngineTab {
    private static final String EXPLANATION = "What to look at: Blocking spends one platform thread per "
            + "connection, so its thread count climbs with the clients and each thread costs memory and scheduling. "
            + "Virtual threads run the same blocking code, but park each connection on a virtual thread: a handful "
            + "of carrier threads serve them all, like tokio tasks. NIO event loops use a selector thread per core, "
            + "each serving its share of the connections. With many idle or slow connections, the last two hold "
            + "thousands with a few threads.";

    private LabViewModel model;

    public LabTab(Engine engine, FxEventPump pump, Executor fx) {
        super("Lab", "labTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        model = new LabViewModel(engine(), fx());
        follow(batch -> model.onPulse(System.nanoTime()));

        Node settings = new LabSettings(model, () -> getTabPane().getScene().getWindow());
        Label live = new Label();
        live.setId("labLive");
        live.getStyleClass().add(Styles.TEXT_BOLD);
        live.setWrapText(true);
        live.setMinHeight(Region.USE_PREF_SIZE);
        live.textProperty().bind(model.liveProperty());
        live.managedProperty().bind(live.textProperty().isNotEmpty());
        Label error = Forms.errorLabel("labError");
        error.textProperty().bind(model.errorProperty());

        HBox charts = new HBox(8, LabCharts.throughput(model), LabCharts.p99(model));
        charts.setPrefHeight(220);
        charts.setMinHeight(200);

        Label explanation = new Label(EXPLANATION);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("status-text");
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        FutureDemoView future = new FutureDemoView(engine().tasks(), fx());
        VBox content = new VBox(8, settings, error, live, results(), charts, explanation, future);
        content.getStyleClass().add("pane-card");
        // The lab is taller than the space above the log: it scrolls rather than squeezing its parts.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("labScroll");
        return scroll;
    }

    private TableView<LabRow> results() {
        TableView<LabRow> table = new TableView<>(model.results());
        table.setId("labResults");
        table.setAccessibleText("Comparison results, one row per model");
        table.setPlaceholder(new Label("Run the comparison: one row per model appears as each finishes."));
        Columns.fit(table,
                Columns.column("Run", 135, row -> ModelNames.of(row.name())),
                Columns.column("Connected", 90, r -> r.result().connected()),
                Columns.column("Messages/s", 100, LabRow::throughput),
                Columns.column("MB/s", 60, LabRow::megabytesPerSecond),
                Columns.column("p50", 88, LabRow::p50),
                Columns.column("p90", 88, LabRow::p90),
                Columns.column("p99", 88, LabRow::p99),
                Columns.column("max", 88, LabRow::max),
                Columns.column("Peak threads", 115, LabRow::peakThreads),
                Columns.column("Peak heap MB", 120, LabRow::peakHeapMb),
                Columns.text("Errors", 90, LabRow::errors));
        Columns.fixedRows(table);
        table.getStyleClass().add("lab-results");
        return table;
    }

    /** Stops a running comparison. */
    @Override
    protected void disposeBuilt() {
        model.stop();
    }
}
