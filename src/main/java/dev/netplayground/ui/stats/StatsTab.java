package dev.netplayground.ui.stats;

import dev.netplayground.ui.common.ChartPoint;
import dev.netplayground.ui.common.ChartSeries;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.LazyTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The Stats tab: counters per endpoint and live rate charts over the last minute. */
public final class StatsTab extends LazyTab {
    private final StatsViewModel model = new StatsViewModel();

    public StatsTab(FxEventPump pump) {
        super("Stats", "statsTab", pump);
        follow(batch -> model.onEvents(batch, System.nanoTime()));
        model.showWhile(selectedProperty());
        // Counting starts now; the table and charts are built when the tab is first selected.
    }

    @Override
    protected Node build() {
        TableView<EndpointStats> table = new TableView<>(model.endpoints());
        Columns.fixedRows(table);
        table.setId("statsEndpoints");
        table.setAccessibleText("Counters per endpoint");
        table.setPlaceholder(new Label("Counters appear once an endpoint does something."));
        Columns.fit(table,
                Columns.text("Endpoint", 130, EndpointStats::endpoint),
                Columns.live("Events", 80, EndpointStats::eventsProperty),
                Columns.live("Bytes in", 90, EndpointStats::bytesInProperty),
                Columns.live("Bytes out", 90, EndpointStats::bytesOutProperty),
                Columns.live("Open connections", 150, EndpointStats::connectionsProperty));

        VBox charts = new VBox(4,
                chart("statsEventsChart", "Events per second", "events/s", model.eventsPerSecond()),
                chart("statsBytesChart", "KiB per second", "KiB/s", model.kilobytesPerSecond()));
        charts.setPadding(new Insets(4));
        SplitPane split = new SplitPane(table, charts);
        split.setId("statsSplit");
        split.setDividerPositions(0.5);
        return split;
    }

    /** What the chart shows, for a screen reader: the latest second and the highest of the minute. */
    private static String summary(String title, String unit, List<ChartPoint> points) {
        double latest = points.isEmpty() ? 0 : points.get(points.size() - 1).y();
        double highest = points.stream().mapToDouble(ChartPoint::y).max().orElse(0);
        return String.format(Locale.ROOT, "%s over the last minute: %,.1f %s in the latest second, at most %,.1f.",
                title, latest, unit, highest);
    }

    private static LineChart<Number, Number> chart(String id, String title, String unit,
            ObservableList<ChartPoint> points) {
        NumberAxis seconds = new NumberAxis(-StatsViewModel.WINDOW_SECONDS + 1, 0, 10);
        seconds.setLabel("seconds ago");
        NumberAxis values = new NumberAxis();
        values.setLabel(unit);
        values.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(seconds, values);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.getData().add(ChartSeries.following(title, points));
        ListChangeListener<ChartPoint> tell = change -> chart.setAccessibleText(summary(title, unit, points));
        points.addListener(tell);
        chart.setAccessibleText(summary(title, unit, points));
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        return chart;
    }
}
