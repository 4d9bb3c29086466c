package dev.netplayground.ui.shell;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.ui.fx.FxEventPump;
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

    StatusBar(Engine engine, FxEventPump pump) {
        this.engine = engine;
        this.pump = pump;
        counts.setId("statusCounts");
        dark.setId("themeToggle");
        dark.selectedProperty().addListener((obs, was, now) -> (now ? Theme.DARK : Theme.LIGHT).apply());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().setAll(counts, spacer, dark);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        getStyleClass().add("status-bar");
        refresh();
    }

    /** FX thread: re-reads the counters (cheap; called once per batch). */
    void refresh() {
        EventLog log = engine.log();
        long published = log.published();
        long dropped = log.dropped();
        StringBuilder text = new StringBuilder()
                .append(published).append(" events · ")
                .append(Math.min(published, log.capacity())).append(" in memory · ")
                .append(dropped).append(" dropped from memory · ")
                .append(engine.endpointIds().size()).append(" endpoints");
        if (pump.skipped() > 0) {
            text.append(" · window skipped ").append(pump.skipped()).append(" (kept in the log)");
        }
        counts.setText(text.toString());
    }
}
