package dev.netplayground.ui.lab;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.load.FutureDemo;
import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The talk's future example, clickable: run the two tasks blocking and concurrently and see
 * each as a bar on a shared time axis, so the order and the total show at a glance. The runs
 * sleep on a background thread; the bars are drawn on the FX thread when a run ends.
 */
final class FutureDemoView extends VBox {
    private static final double PIXELS_PER_SECOND = 70;
    private static final double ROW = 22;

    private final Executor background;
    private final Executor fx;
    private final TextField task1 = new TextField("5");
    private final TextField task2 = new TextField("3");
    private final Button run = new Button("Run both");
    private final Label status = new Label();
    private final Pane timeline = new Pane();

    FutureDemoView(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        task1.setId("futureTask1");
        task1.setPrefColumnCount(3);
        task2.setId("futureTask2");
        task2.setPrefColumnCount(3);
        run.setId("futureRun");
        status.setId("futureStatus");
        status.getStyleClass().add("status-text");
        timeline.setId("futureTimeline");
        timeline.setMinHeight(5 * ROW);
        Label title = new Label("The future demonstration");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        run.setTooltip(new javafx.scene.control.Tooltip("Run the two tasks one after the other, then concurrently."));
        HBox form = new HBox(8, title, new Label("task 1 sleeps"), task1, new Label("s, task 2 sleeps"), task2,
                new Label("s"), run);
        form.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(form, status, timeline);
        setSpacing(6);
        run.setOnAction(e -> start());
    }

    private void start() {
        double first;
        double second;
        try {
            first = Double.parseDouble(task1.getText().trim());
            second = Double.parseDouble(task2.getText().trim());
            if (first <= 0 || second <= 0 || first > 30 || second > 30) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            status.setText("Each task sleeps from 0.1 to 30 seconds.");
            return;
        }
        run.setDisable(true);
        status.setText("Running blocking…");
        timeline.getChildren().clear();
        Duration d1 = Duration.ofMillis((long) (first * 1000));
        Duration d2 = Duration.ofMillis((long) (second * 1000));
        background.execute(() -> {
            try {
                FutureDemo.Run blocking = FutureDemo.run(FutureDemo.Mode.BLOCKING, d1, d2);
                fx.execute(() -> {
                    draw(blocking, 0);
                    status.setText("Running concurrent…");
                });
                FutureDemo.Run concurrent = FutureDemo.run(FutureDemo.Mode.CONCURRENT, d1, d2);
                fx.execute(() -> {
                    draw(concurrent, 2.5 * ROW);
                    status.setText(String.format(java.util.Locale.ROOT,
                            "blocking %.1f s (the sum), concurrent %.1f s (the longest)",
                            blocking.totalMillis() / 1000.0, concurrent.totalMillis() / 1000.0));
                    run.setDisable(false);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** One bar per task from its Started to its Finished, and the order of the prints. */
    private void draw(FutureDemo.Run result, double top) {
        String order = String.join(", ", result.steps().stream().map(s -> s.task().substring(4)).toList());
        Text caption = new Text(10, top + 14, (result.mode() == FutureDemo.Mode.BLOCKING ? "Blocking" : "Concurrent")
                + "  (prints: " + order + ")  total " + result.totalMillis() + " ms");
        caption.getStyleClass().add("timeline-text");
        timeline.getChildren().add(caption);
        double left = 330;
        for (int t = 0; t < 2; t++) {
            String task = "task" + (t + 1);
            long started = millisOf(result, task, "Started");
            long finished = millisOf(result, task, "Finished");
            Rectangle bar = new Rectangle(left + started / 1000.0 * PIXELS_PER_SECOND, top + 2 + t * (ROW / 2 + 2),
                    Math.max(2, (finished - started) / 1000.0 * PIXELS_PER_SECOND), ROW / 2);
            bar.getStyleClass().add(t == 0 ? "timeline-task1" : "timeline-task2");
            Text label = new Text(bar.getX() + 4, bar.getY() + ROW / 2 - 2, task);
            label.getStyleClass().add("timeline-label");
            timeline.getChildren().addAll(bar, label);
        }
    }

    private static long millisOf(FutureDemo.Run result, String task, String what) {
        return result.steps().stream().filter(s -> s.task().equals(task) && s.what().equals(what))
                .findFirst().orElseThrow().atMillis();
    }
}
