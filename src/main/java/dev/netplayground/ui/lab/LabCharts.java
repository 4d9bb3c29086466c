package dev.netplayground.ui.lab;

import dev.netplayground.ui.common.ChartPoint;
import dev.netplayground.ui.common.ChartSeries;
import dev.netplayground.ui.common.ModelNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The Lab's two charts, messages per second and p99 per model over each run. A series is in the
 * chart (and its legend) only once it has a point, so a run of our three servers never lists an
 * outside target; each chart's accessible text says what it shows. FX thread only.
 */
final class LabCharts {
    private LabCharts() {}

    static LineChart<Number, Number> throughput(LabViewModel model) {
        return chart("labThroughputChart", "Messages per second", "messages/s", model::throughput);
    }

    static LineChart<Number, Number> p99(LabViewModel model) {
        return chart("labP99Chart", "p99 round trip, each second", "ms", model::p99);
    }

    private static LineChart<Number, Number> chart(String id, String title, String unit,
            Function<String, ObservableList<ChartPoint>> points) {
        NumberAxis time = new NumberAxis();
        time.setLabel("seconds into the run");
        NumberAxis values = new NumberAxis();
        values.setLabel(unit);
        LineChart<Number, Number> chart = new LineChart<>(time, values);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendSide(Side.RIGHT);
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (String name : LabViewModel.SERIES) {
            String shown = name.equals(LabViewModel.TARGET) ? "Outside server" : ModelNames.of(name);
            all.add(ChartSeries.following(shown, points.apply(name)));
        }
        // A change listener, after the series' own: an invalidation listener would run first, and a
        // series added to the chart from it would then get its new point a second time.
        ListChangeListener<XYChart.Data<Number, Number>> sync = change -> {
            showFilled(chart, all);
            chart.setAccessibleText(summary(title, unit, all));
        };
        all.forEach(series -> series.getData().addListener(sync));
        showFilled(chart, all);
        chart.setAccessibleText(summary(title, unit, all));
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /** The series that have points, in the order of {@link LabViewModel#SERIES}. */
    private static void showFilled(LineChart<Number, Number> chart, List<XYChart.Series<Number, Number>> all) {
        List<XYChart.Series<Number, Number>> filled = all.stream().filter(s -> !s.getData().isEmpty()).toList();
        if (!chart.getData().equals(filled)) {
            chart.getData().setAll(filled);
        }
    }

    /** What the chart shows, for a screen reader: each model's latest point. */
    static String summary(String title, String unit, List<XYChart.Series<Number, Number>> all) {
        List<String> latest = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : all) {
            ObservableList<XYChart.Data<Number, Number>> data = series.getData();
            if (!data.isEmpty()) {
                XYChart.Data<Number, Number> last = data.get(data.size() - 1);
                latest.add(String.format(Locale.ROOT, "%s %,.1f %s at %.1f s", series.getName(),
                        last.getYValue().doubleValue(), unit, last.getXValue().doubleValue()));
            }
        }
        return title + " per model over each run: "
                + (latest.isEmpty() ? "no run yet." : "latest, " + String.join("; ", latest) + ".");
    }
}
