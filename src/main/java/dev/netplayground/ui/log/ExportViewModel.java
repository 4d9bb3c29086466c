package dev.netplayground.ui.log;

import dev.netplayground.engine.event.EventExport;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.common.Plural;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Exports events to a file in the background, with progress read once per pulse, so a large
 * export never freezes the window. FX thread only (but the writing).
 */
public final class ExportViewModel {
    private final Executor background;
    private final Executor fx;
    private final AtomicLong written = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long total;

    public ExportViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** Starts writing {@code events} (a snapshot) to {@code file}; one export at a time. */
    public void export(List<NetEvent> events, EventExport.Format format, Path file) {
        if (running.get()) {
            return;
        }
        total = events.size();
        written.set(0);
        progress.set(0);
        running.set(true);
        status.set("Exporting " + Plural.of(total, "event") + "…");
        background.execute(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                EventExport.write(events, format, out, written::set);
                fx.execute(() -> finish("Exported " + Plural.of(total, "event") + " to " + file));
            } catch (IOException e) {
                fx.execute(() -> finish("Export failed: cannot write " + file + ": " + e.getMessage()));
            }
        });
    }

    private void finish(String message) {
        running.set(false);
        progress.set(1);
        status.set(message);
    }

    /** FX thread, once per pulse: moves the progress bar. */
    public void onPulse() {
        if (running.get() && total > 0) {
            progress.set((double) written.get() / total);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
