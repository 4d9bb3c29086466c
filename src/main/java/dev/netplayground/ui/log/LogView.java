package dev.netplayground.ui.log;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.common.Columns;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live log shared by every tab: a virtualised table with filter, pause and clear. */
public final class LogView extends VBox {
    private final LogViewModel model;
    private final TableView<NetEvent> table = new TableView<>();
    private final ComboBox<String> endpoint = new ComboBox<>();
    private final ToggleButton pause = new ToggleButton("Pause");
    private final Button clear = new Button("Clear");
    private final Label pending = new Label();

    public LogView(LogViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        table.setId("logTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(new Label("Nothing happened yet. Start a server: every connection and message shows here."));
        TableColumn<NetEvent, EventKind> kind = Columns.column("Kind", 90, NetEvent::kind);
        kind.setCellFactory(column -> new KindCell());
        table.getColumns().setAll(
                Columns.column("Time", 105, e -> Columns.clock(e.time())),
                Columns.column("Endpoint", 110, NetEvent::endpoint),
                kind,
                Columns.column("Peer", 140, NetEvent::peer),
                Columns.column("Bytes", 65, e -> e.bytes() == 0 ? "" : String.valueOf(e.bytes())),
                Columns.column("Details", 420, NetEvent::summary));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        endpoint.setId("logEndpointFilter");
        pause.setId("logPause");
        clear.setId("logClear");
        pending.setId("logPending");
        pending.getStyleClass().add(Styles.WARNING);
    }

    private void layoutParts() {
        Label title = new Label("Live log");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, pending, endpoint, pause, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("log-bar");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(bar, table);
    }

    private void bind() {
        table.setItems(model.visibleEvents());
        endpoint.setItems(model.endpoints());
        endpoint.valueProperty().bindBidirectional(model.endpointFilterProperty());
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pending.textProperty().bind(Bindings.createStringBinding(
                () -> model.pendingWhilePausedProperty().get() == 0 ? ""
                        : model.pendingWhilePausedProperty().get() + " new",
                model.pendingWhilePausedProperty()));
        clear.setOnAction(e -> model.clear());
    }

    /** FX thread, after a batch: keeps the newest row in view unless paused. */
    public void followTail() {
        if (!model.pausedProperty().get() && !table.getItems().isEmpty()) {
            table.scrollTo(table.getItems().size() - 1);
        }
    }

    /** Colours the kind so failures and limits stand out. */
    private static final class KindCell extends TableCell<NetEvent, EventKind> {
        @Override
        protected void updateItem(EventKind item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("kind-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.name().toLowerCase(Locale.ROOT));
            getStyleClass().add("kind-" + item.name().toLowerCase(Locale.ROOT));
        }
    }
}
