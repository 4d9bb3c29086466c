package dev.netplayground.ui.shell;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.store.AppHome;
import dev.netplayground.ui.common.Plural;
import dev.netplayground.ui.fx.FxEventPump;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: what the log holds and dropped, what runs, and the theme switch. */
final class StatusBar extends HBox {
    private final Engine engine;
    private final FxEventPump pump;
    private final Label counts = new Label();
    private final ToggleButton dark = new ToggleButton("Dark theme");
    private final ToggleButton keepEverything = new ToggleButton("Keep everything");
    private final Label spillPath = new Label();
    private final Executor fx;

    StatusBar(Engine engine, FxEventPump pump, Executor fx) {
        this.engine = engine;
        this.pump = pump;
        this.fx = fx;
        counts.setId("statusCounts");
        keepEverything.setId("logSpill");
        keepEverything.setTooltip(new javafx.scene.control.Tooltip(
                "Also write every event to a JSON Lines file, so nothing is lost when memory drops the oldest."));
        keepEverything.selectedProperty().addListener((obs, was, now) -> setSpill(now));
        spillPath.setId("logSpillPath");
        spillPath.getStyleClass().add("status-text");
        dark.setId("themeToggle");
        dark.selectedProperty().addListener((obs, was, now) -> (now ? Theme.DARK : Theme.LIGHT).apply());
        Region spacer = new Region();
        // SOMETIMES: a notice (ALWAYS) takes the free room first.
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        getChildren().setAll(counts, spacer, spillPath, keepEverything, dark);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        getStyleClass().add("status-bar");
        refresh();
    }

    /** The theme switch, shared with View → Dark theme. */
    javafx.beans.property.BooleanProperty darkThemeProperty() {
        return dark.selectedProperty();
    }

    /** The spill switch, shared with Tools → Keep every event in a file. */
    javafx.beans.property.BooleanProperty keepEverythingProperty() {
        return keepEverything.selectedProperty();
    }

    /** Starts or stops the spill file off the FX thread (closing it writes what is queued). */
    private void setSpill(boolean on) {
        engine.tasks().execute(() -> {
            if (!on) {
                try {
                    Path file = engine.stopSpill();
                    fx.execute(() -> spillPath.setText(file == null ? "" : "Kept in " + file));
                } catch (UncheckedIOException e) {
                    fx.execute(() -> spillPath.setText(e.getMessage() + ": " + e.getCause().getMessage()
                            + ". Events after the failure are not in the file."));
                }
                return;
            }
            Path file = AppHome.current().data().resolve(
                    "events-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()) + ".jsonl");
            try {
                Files.createDirectories(file.getParent());
                engine.spillTo(file);
                fx.execute(() -> spillPath.setText("Writing every event to " + file));
            } catch (IOException | IllegalStateException e) {
                fx.execute(() -> {
                    spillPath.setText("Cannot write " + file + ": " + e.getMessage());
                    keepEverything.setSelected(false);
                });
            }
        });
    }

    /** FX thread: re-reads the counters (cheap; called once per batch). */
    void refresh() {
        EventLog log = engine.log();
        long published = log.published();
        long dropped = log.dropped();
        // What runs, not what exists: an idle client or sender is an endpoint, but runs nothing.
        int running = engine.activeCount();
        StringBuilder text = new StringBuilder()
                .append(Plural.of(published, "event")).append(" · ")
                .append(String.format(Locale.ROOT, "%,d in memory · %,d dropped from memory · ",
                        Math.min(published, log.capacity()), dropped))
                .append(running == 0 ? "nothing running" : Plural.of(running, "endpoint") + " running");
        long notSpilled = engine.spillLost();
        if (notSpilled > 0) {
            text.append(" · ").append(notSpilled).append(" not written to the file (disk too slow or full)");
        }
        if (pump.skipped() > 0) {
            text.append(" · window skipped ").append(pump.skipped()).append(" (kept in the log)");
        }
        counts.setText(text.toString());
    }

    /** FX thread: a sentence that stays in the bar, such as why the last session could not be read. */
    void showNotice(String text) {
        Label notice;
        if (lookup("#statusNotice") instanceof Label shown) {
            notice = shown;
        } else {
            notice = new Label();
            notice.setId("statusNotice");
            notice.getStyleClass().add(Styles.WARNING);
            // It takes only the free room, never the counters' or the buttons'; the tooltip has it all.
            notice.setMinWidth(0);
            notice.setPrefWidth(0);
            notice.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(notice, Priority.ALWAYS);
            getChildren().add(1, notice);
        }
        notice.setText(text);
        notice.setTooltip(new javafx.scene.control.Tooltip(text));
    }
}
