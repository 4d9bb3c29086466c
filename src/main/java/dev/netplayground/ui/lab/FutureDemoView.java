package dev.netplayground.ui.lab;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.load.FutureDemo;
import dev.netplayground.ui.common.FieldChecks;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.Rows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The talk's future example, clickable: run the two tasks blocking and concurrently and see
 * each as a bar on a shared time axis, so the order and the total show at a glance (and are
 * told in the timeline's accessible text). The runs sleep on a background thread; the bars are
 * drawn on the FX thread when a run ends.
 */
final class FutureDemoView extends VBox {
    private static final double MAX_PIXELS_PER_SECOND = 70;
    private static final double ROW = 22;
    private static final double BARS_LEFT = 330;

    private final Executor background;
    private final Executor fx;
    private final TextField task1 = new TextField("5");
    private final TextField task2 = new TextField("3");
    private final Button run = new Button("Run both");
    private final Label status = new Label();
    private final Label error = Forms.errorLabel("futureError");
    private final FieldChecks checks = new FieldChecks(error.textProperty(), error::setText);
    private final Pane timeline = new Pane();
    private final List<String> told = new ArrayList<>();

    FutureDemoView(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        task1.setId("futureTask1");
        task1.setPrefColumnCount(3);
        task2.setId("futureTask2");
        task2.setPrefColumnCount(3);
        Forms.showInvalid(task1, checks.invalid(task1.textProperty()));
        Forms.showInvalid(task2, checks.invalid(task2.textProperty()));
        run.setId("futureRun");
        status.setId("futureStatus");
        status.getStyleClass().add("status-text");
        timeline.setId("futureTimeline");
        timeline.setMinHeight(5 * ROW);
        timeline.setAccessibleRole(AccessibleRole.TEXT);
        timeline.setAccessibleText("Timeline of the two tasks: not run yet.");
        Label title = new Label("The future demonstration");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        run.setTooltip(new Tooltip("Run the two tasks one after the other, then concurrently."));
        getChildren().setAll(Rows.of(title, Forms.caption("task 1 sleeps", task1), task1,
                Forms.caption("s, task 2 sleeps", task2), task2, new Label("s"), run), error, status, timeline);
        setSpacing(6);
        run.setOnAction(e -> start());
    }

    private static double seconds(String typed) {
        try {
            double value = Double.parseDouble(typed.trim());
            if (value >= 0.1 && value <= 30) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("Each task sleeps from 0.1 to 30 seconds.");
    }

    private void start() {
        double first;
        double second;
        try {
            first = checks.parse(task1.textProperty(), FutureDemoView::seconds);
            second = checks.parse(task2.textProperty(), FutureDemoView::seconds);
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        error.setText("");
        run.setDisable(true);
        status.setText("Running blocking…");
        timeline.getChildren().clear();
        told.clear();
        timeline.setAccessibleText("Timeline of the two tasks: running.");
        // The blocking run takes the sum: scale so that it fits the timeline's width.
        double pixelsPerSecond = Math.min(MAX_PIXELS_PER_SECOND,
                Math.max(1, timeline.getWidth() - BARS_LEFT - 10) / (first + second));
        Duration d1 = Duration.ofMillis((long) (first * 1000));
        Duration d2 = Duration.ofMillis((long) (second * 1000));
        background.execute(() -> {
            try {
                FutureDemo.Run blocking = FutureDemo.run(FutureDemo.Mode.BLOCKING, d1, d2);
                fx.execute(() -> {
                    draw(blocking, 0, pixelsPerSecond);
                    status.setText("Running concurrent…");
                });
                FutureDemo.Run concurrent = FutureDemo.run(FutureDemo.Mode.CONCURRENT, d1, d2);
                fx.execute(() -> {
                    draw(concurrent, 2.5 * ROW, pixelsPerSecond);
                    status.setText(String.format(Locale.ROOT,
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
    private void draw(FutureDemo.Run result, double top, double pixelsPerSecond) {
        String order = String.join(", ", result.steps().stream().map(s -> s.task().substring(4)).toList());
        String mode = result.mode() == FutureDemo.Mode.BLOCKING ? "Blocking" : "Concurrent";
        Text caption = new Text(10, top + 14,
                mode + "  (prints: " + order + ")  total " + result.totalMillis() + " ms");
        caption.getStyleClass().add("timeline-text");
        timeline.getChildren().add(caption);
        List<String> bars = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            String task = "task" + (t + 1);
            long started = at(result, task, "Started");
            long finished = at(result, task, "Finished");
            Rectangle bar = new Rectangle(BARS_LEFT + started / 1000.0 * pixelsPerSecond, top + 2 + t * (ROW / 2 + 2),
                    Math.max(2, (finished - started) / 1000.0 * pixelsPerSecond), ROW / 2);
            bar.getStyleClass().add(t == 0 ? "timeline-task1" : "timeline-task2");
            Text label = new Text(bar.getX() + 4, bar.getY() + ROW / 2 - 2, task);
            label.getStyleClass().add("timeline-label");
            timeline.getChildren().addAll(bar, label);
            bars.add(String.format(Locale.ROOT, "%s from %.1f s to %.1f s", task, started / 1000.0, finished / 1000.0));
        }
        told.add(String.format(Locale.ROOT, "%s: %s; prints %s; total %.1f s.", mode, String.join(", ", bars), order,
                result.totalMillis() / 1000.0));
        timeline.setAccessibleText("Timeline of the two tasks. " + String.join(" ", told));
    }

    private static long at(FutureDemo.Run result, String task, String what) {
        return result.steps().stream().filter(s -> s.task().equals(task) && s.what().equals(what))
                .findFirst().orElseThrow().atMillis();
    }
}
