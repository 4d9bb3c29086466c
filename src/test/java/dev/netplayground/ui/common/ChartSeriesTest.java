package dev.netplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {
    @Test
    void theSeriesFollowsAppendsReplacementsAndClears() {
        ObservableList<ChartPoint> points = FXCollections.observableArrayList(new ChartPoint(1, 10));
        XYChart.Series<Number, Number> series = ChartSeries.following("NIO", points);
        XYChart.Data<Number, Number> first = series.getData().get(0);

        points.add(new ChartPoint(2, 20));
        assertThat(series.getData().get(0)).as("an append keeps the points drawn").isSameAs(first);
        assertThat(pairs(series)).containsExactly(List.of(1.0, 10.0), List.of(2.0, 20.0));

        points.setAll(new ChartPoint(-1, 3));
        assertThat(pairs(series)).containsExactly(List.of(-1.0, 3.0));

        points.clear();
        assertThat(series.getData()).isEmpty();
        assertThat(series.getName()).isEqualTo("NIO");
    }

    private static List<List<Double>> pairs(XYChart.Series<Number, Number> series) {
        return series.getData().stream()
                .map(d -> List.of(d.getXValue().doubleValue(), d.getYValue().doubleValue())).toList();
    }
}
