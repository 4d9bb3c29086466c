package dev.netplayground.ui.common;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/** A chart's data that follows a view-model's points. FX thread. */
public final class ChartSeries {
    private ChartSeries() {}

    /** A series named {@code name} whose data follows {@code points}: appends are appended, anything else redraws. */
    public static XYChart.Series<Number, Number> following(String name, ObservableList<ChartPoint> points) {
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList(toData(points));
        points.addListener((ListChangeListener<ChartPoint>) change -> {
            while (change.next()) {
                boolean appended = change.wasAdded() && !change.wasRemoved() && change.getFrom() == data.size();
                if (!appended) {
                    data.setAll(toData(points));
                    return;
                }
                data.addAll(toData(change.getAddedSubList()));
            }
        });
        return new XYChart.Series<>(name, data);
    }

    private static List<XYChart.Data<Number, Number>> toData(List<? extends ChartPoint> points) {
        return points.stream().map(p -> new XYChart.Data<Number, Number>(p.x(), p.y())).toList();
    }
}
