package dev.netplayground.ui.lab;

import dev.netplayground.engine.load.FutureDemo;
import dev.netplayground.ui.common.FieldChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The talk's future example: the two tasks' sleeps as typed, a blocking run then a concurrent
 * one, and each finished run for the view to draw, also told in words (the timeline's
 * accessible text). FX thread only; the runs sleep on {@code background}.
 */
final class FutureDemoViewModel {
    static final List<String> TASKS = List.of("task1", "task2");

    private final Executor background;
    private final Executor fx;
    private final StringProperty task1 = new SimpleStringProperty("5");
    private final StringProperty task2 = new SimpleStringProperty("3");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final FieldChecks checks = new FieldChecks(error.getReadOnlyProperty(), error::set);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper told = new ReadOnlyStringWrapper("Timeline of the two tasks: not run yet.");
    private final ObservableList<FutureDemo.Run> runs = FXCollections.observableArrayList();
    private final ObservableList<FutureDemo.Run> runsShown = FXCollections.unmodifiableObservableList(runs);
    private final List<String> toldRuns = new ArrayList<>();
    private double plannedSeconds;

    FutureDemoViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
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

    /** Runs both tasks blocking, then concurrently; a sleep out of range is said instead. */
    void start() {
        double first;
        double second;
        try {
            first = checks.parse(task1, FutureDemoViewModel::seconds);
            second = checks.parse(task2, FutureDemoViewModel::seconds);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        running.set(true);
        status.set("Running blocking…");
        plannedSeconds = first + second;
        toldRuns.clear();
        runs.clear();
        told.set("Timeline of the two tasks: running.");
        Duration d1 = Duration.ofMillis((long) (first * 1000));
        Duration d2 = Duration.ofMillis((long) (second * 1000));
        background.execute(() -> {
            try {
                FutureDemo.Run blocking = FutureDemo.run(FutureDemo.Mode.BLOCKING, d1, d2);
                fx.execute(() -> {
                    add(blocking);
                    status.set("Running concurrent…");
                });
                FutureDemo.Run concurrent = FutureDemo.run(FutureDemo.Mode.CONCURRENT, d1, d2);
                fx.execute(() -> {
                    add(concurrent);
                    status.set(String.format(Locale.ROOT,
                            "blocking %.1f s (the sum), concurrent %.1f s (the longest)",
                            blocking.totalMillis() / 1000.0, concurrent.totalMillis() / 1000.0));
                    running.set(false);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void add(FutureDemo.Run run) {
        List<String> bars = new ArrayList<>();
        for (String task : TASKS) {
            bars.add(String.format(Locale.ROOT, "%s from %.1f s to %.1f s", task,
                    at(run, task, "Started") / 1000.0, at(run, task, "Finished") / 1000.0));
        }
        toldRuns.add(String.format(Locale.ROOT, "%s: %s; prints %s; total %.1f s.", modeName(run),
                String.join(", ", bars), order(run), run.totalMillis() / 1000.0));
        told.set("Timeline of the two tasks. " + String.join(" ", toldRuns));
        runs.add(run);
    }

    static String modeName(FutureDemo.Run run) {
        return run.mode() == FutureDemo.Mode.BLOCKING ? "Blocking" : "Concurrent";
    }

    /** Which task printed, in the order of the prints: "1, 1, 2, 2" when blocking. */
    static String order(FutureDemo.Run run) {
        return String.join(", ", run.steps().stream().map(s -> s.task().substring(4)).toList());
    }

    /** When {@code task} printed {@code what} ("Started" or "Finished"), in ms since the run began. */
    static long at(FutureDemo.Run run, String task, String what) {
        return run.steps().stream().filter(s -> s.task().equals(task) && s.what().equals(what))
                .findFirst().orElseThrow().atMillis();
    }

    StringProperty task1Property() { return task1; }
    StringProperty task2Property() { return task2; }
    FieldChecks checks() { return checks; }
    ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** The finished runs of the last start, blocking first; emptied when a run starts. */
    ObservableList<FutureDemo.Run> runs() { return runsShown; }
    /** The timeline in words, for a screen reader. */
    ReadOnlyStringProperty toldProperty() { return told.getReadOnlyProperty(); }
    /** How long the blocking run of the last start should take (the sum of the sleeps), to scale the bars. */
    double plannedSeconds() { return plannedSeconds; }
}
