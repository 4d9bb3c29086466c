package dev.netplayground.ui.shell;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.store.AppHome;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: what the log holds and dropped, what runs, and the theme switch. */
final class StatusBar extends HBox {
    private final StatusBarViewModel model;
    private final Label counts = new Label();
    private final ToggleButton dark = new ToggleButton("Dark theme");
    private final ToggleButton keepEverything = new ToggleButton("Keep everything");
    private final Label spillPath = new Label();

    StatusBar(Engine engine, FxEventPump pump, Executor fx) {
        this.model = new StatusBarViewModel(engine, pump::skipped, AppHome.current().data(), engine.tasks(), fx);
        counts.setId("statusCounts");
        keepEverything.setId("logSpill");
        LazyTooltip.install(keepEverything,
                "Also write every event to a JSON Lines file, so nothing is lost when memory drops the oldest.");
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
        counts.textProperty().bind(model.countsProperty());
        spillPath.textProperty().bind(model.spillStatusProperty());
        keepEverything.selectedProperty().bindBidirectional(model.keepEverythingProperty());
    }

    /** The theme switch, shared with View → Dark theme. */
    BooleanProperty darkThemeProperty() {
        return dark.selectedProperty();
    }

    /** The spill switch, shared with Tools → Keep every event in a file. */
    BooleanProperty keepEverythingProperty() {
        return keepEverything.selectedProperty();
    }

    /** FX thread: re-reads the counters (cheap; called once per batch). */
    void refresh() {
        model.refresh();
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
        notice.setTooltip(new Tooltip(text));
    }
}
