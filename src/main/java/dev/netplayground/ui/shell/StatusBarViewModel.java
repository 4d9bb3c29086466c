package dev.netplayground.ui.shell;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.ui.common.Plural;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The status bar's state: what the log holds and dropped, what runs, and the switch that also
 * writes every event to a JSON Lines file. FX thread only; the file is opened and closed on
 * {@code background}.
 */
final class StatusBarViewModel {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Engine engine;
    private final LongSupplier skippedByWindow;
    private final Path spillFolder;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spillStatus = new ReadOnlyStringWrapper("");
    private final BooleanProperty keepEverything = new SimpleBooleanProperty();

    /** {@code skippedByWindow}: events the window's pump skipped (they stay in the log). */
    StatusBarViewModel(Engine engine, LongSupplier skippedByWindow, Path spillFolder, Executor background,
            Executor fx) {
        this.engine = engine;
        this.skippedByWindow = skippedByWindow;
        this.spillFolder = spillFolder;
        this.background = background;
        this.fx = fx;
        keepEverything.addListener((obs, was, now) -> setSpill(now));
        refresh();
    }

    /** Starts or stops the spill file off the FX thread (closing it writes what is queued). */
    private void setSpill(boolean on) {
        background.execute(on ? this::startSpill : this::stopSpill);
    }

    private void startSpill() {
        Path file = spillFolder.resolve("events-" + FILE_TIME.format(LocalDateTime.now()) + ".jsonl");
        try {
            Files.createDirectories(file.getParent());
            engine.spillTo(file);
            fx.execute(() -> spillStatus.set("Writing every event to " + file));
        } catch (IOException | IllegalStateException e) {
            fx.execute(() -> {
                spillStatus.set("Cannot write " + file + ": " + e.getMessage());
                keepEverything.set(false);
            });
        }
    }

    private void stopSpill() {
        try {
            Path file = engine.stopSpill();
            // Nothing was spilling when starting failed: its sentence stays.
            if (file != null) {
                fx.execute(() -> spillStatus.set("Kept in " + file));
            }
        } catch (UncheckedIOException e) {
            fx.execute(() -> spillStatus.set(e.getMessage() + ": " + e.getCause().getMessage()
                    + ". Events after the failure are not in the file."));
        }
    }

    /** Re-reads the counters (cheap; called once per batch). */
    void refresh() {
        EventLog log = engine.log();
        long published = log.published();
        // What runs, not what exists: an idle client or sender is an endpoint, but runs nothing.
        int running = engine.activeCount();
        StringBuilder text = new StringBuilder()
                .append(Plural.of(published, "event")).append(" · ")
                .append(String.format(Locale.ROOT, "%,d in memory · %,d dropped from memory · ",
                        Math.min(published, log.capacity()), log.dropped()))
                .append(running == 0 ? "nothing running" : Plural.of(running, "endpoint") + " running");
        long notSpilled = engine.spillLost();
        if (notSpilled > 0) {
            text.append(" · ").append(notSpilled).append(" not written to the file (disk too slow or full)");
        }
        long skipped = skippedByWindow.getAsLong();
        if (skipped > 0) {
            text.append(" · window skipped ").append(skipped).append(" (kept in the log)");
        }
        counts.set(text.toString());
    }

    /** The spill switch, shared with Tools → Keep every event in a file. */
    BooleanProperty keepEverythingProperty() { return keepEverything; }
    ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }
    /** Where the events go or went, or why they cannot; empty before the first switch. */
    ReadOnlyStringProperty spillStatusProperty() { return spillStatus.getReadOnlyProperty(); }
}
