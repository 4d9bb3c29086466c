package dev.netplayground.ui.lab;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.load.FutureDemo;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.Rows;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The talk's future example, clickable: run the two tasks blocking and concurrently and see
 * each as a bar on a shared time axis, so the order and the total show at a glance (and are
 * told in the timeline's accessible text).
 */
final class FutureDemoView extends VBox {
    private static final double MAX_PIXELS_PER_SECOND = 70;
    private static final double ROW = 22;
    private static final double BARS_LEFT = 330;

    private final FutureDemoViewModel model;
    private final TextField task1 = new TextField();
    private final TextField task2 = new TextField();
    private final Button run = new Button("Run both");
    private final Label status = new Label();
    private final Label error = Forms.errorLabel("futureError");
    private final Pane timeline = new Pane();

    FutureDemoView(Executor background, Executor fx) {
        this.model = new FutureDemoViewModel(background, fx);
        task1.setId("futureTask1");
        task1.setPrefColumnCount(3);
        task2.setId("futureTask2");
        task2.setPrefColumnCount(3);
        run.setId("futureRun");
        status.setId("futureStatus");
        status.getStyleClass().add("status-text");
        timeline.setId("futureTimeline");
        timeline.setMinHeight(5 * ROW);
        timeline.setAccessibleRole(AccessibleRole.TEXT);
        Label title = new Label("The future demonstration");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        LazyTooltip.install(run, "Run the two tasks one after the other, then concurrently.");
        getChildren().setAll(Rows.of(title, Forms.caption("task 1 sleeps", task1), task1,
                Forms.caption("s, task 2 sleeps", task2), task2, new Label("s"), run), error, status, timeline);
        setSpacing(6);
        bind();
    }

    private void bind() {
        Forms.bindChecked(task1, model.task1Property(), model.checks());
        Forms.bindChecked(task2, model.task2Property(), model.checks());
        error.textProperty().bind(model.errorProperty());
        status.textProperty().bind(model.statusProperty());
        run.disableProperty().bind(model.runningProperty());
        timeline.accessibleTextProperty().bind(model.toldProperty());
        model.runs().addListener((ListChangeListener<FutureDemo.Run>) change -> draw(model.runs()));
        run.setOnAction(e -> model.start());
    }

    /** Each run as one bar per task from its Started to its Finished, on a scale where the blocking run fits. */
    private void draw(List<FutureDemo.Run> runs) {
        timeline.getChildren().clear();
        double pixelsPerSecond = Math.min(MAX_PIXELS_PER_SECOND,
                Math.max(1, timeline.getWidth() - BARS_LEFT - 10) / model.plannedSeconds());
        for (int i = 0; i < runs.size(); i++) {
            draw(runs.get(i), i * 2.5 * ROW, pixelsPerSecond);
        }
    }

    private void draw(FutureDemo.Run result, double top, double pixelsPerSecond) {
        Text caption = new Text(10, top + 14, FutureDemoViewModel.modeName(result)
                + "  (prints: " + FutureDemoViewModel.order(result) + ")  total " + result.totalMillis() + " ms");
        caption.getStyleClass().add("timeline-text");
        timeline.getChildren().add(caption);
        for (int t = 0; t < FutureDemoViewModel.TASKS.size(); t++) {
            String task = FutureDemoViewModel.TASKS.get(t);
            long started = FutureDemoViewModel.at(result, task, "Started");
            long finished = FutureDemoViewModel.at(result, task, "Finished");
            Rectangle bar = new Rectangle(BARS_LEFT + started / 1000.0 * pixelsPerSecond, top + 2 + t * (ROW / 2 + 2),
                    Math.max(2, (finished - started) / 1000.0 * pixelsPerSecond), ROW / 2);
            bar.getStyleClass().add(t == 0 ? "timeline-task1" : "timeline-task2");
            Text label = new Text(bar.getX() + 4, bar.getY() + ROW / 2 - 2, task);
            label.getStyleClass().add("timeline-label");
            timeline.getChildren().addAll(bar, label);
        }
    }
}
