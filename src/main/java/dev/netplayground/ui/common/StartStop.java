package dev.netplayground.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A server pane's Start and Stop buttons and its status, bound to the pane's model: Start while
 * stopped, Stop while running, neither while it starts or stops. FX thread only.
 */
public final class StartStop {
    private final Button start = new Button("Start");
    private final Button stop = new Button("Stop");
    private final Label status = new Label();
    private final BooleanBinding locked;

    /** @param id the pane's id; the parts get {@code <id>Start}, {@code <id>Stop} and {@code <id>Status} */
    public StartStop(String id, ServerPaneModel model) {
        start.setId(id + "Start");
        start.getStyleClass().add(Styles.ACCENT);
        stop.setId(id + "Stop");
        stop.getStyleClass().add(Styles.DANGER);
        status.setId(id + "Status");
        status.getStyleClass().add("status-text");
        locked = model.runningProperty().or(model.busyProperty());
        start.disableProperty().bind(locked);
        stop.disableProperty().bind(model.runningProperty().not().or(model.busyProperty()));
        status.textProperty().bind(model.statusProperty());
        start.setOnAction(e -> model.start());
        stop.setOnAction(e -> model.stop());
    }

    /** Start, Stop and the status, in a row. */
    public HBox row() {
        return Rows.of(start, stop, status);
    }

    /** True while the server runs, starts or stops: the form's fields cannot change then. */
    public BooleanBinding locked() {
        return locked;
    }
}
