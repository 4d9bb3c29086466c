package dev.netplayground.ui.log;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.netplayground.engine.event.EventExport;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.Rows;
import dev.netplayground.ui.common.TableTail;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The live log shared by every tab: a virtualised table with combinable filters, auto-scroll
 * that pauses when the user scrolls up, export, and the selected event's payload in full.
 */
public final class LogView extends VBox {
    private final LogViewModel model;
    private final ExportViewModel export;
    private final Supplier<List<NetEvent>> retained;
    private final TableView<NetEvent> table = new TableView<>();
    private final ComboBox<String> endpoint = new ComboBox<>();
    private final MenuButton kinds = new MenuButton("Kinds");
    private final ChoiceBox<DirectionFilter> direction = Forms.choices("Direction", DirectionFilter.values());
    private final TextField search = new TextField();
    private final CheckBox regex = new CheckBox("Regex");
    private final Label filterError = Forms.errorLabel("logFilterError");
    private final ToggleButton pause = new ToggleButton();
    private final Button clear = new Button("Clear");
    private final MenuButton exportMenu = new MenuButton("Export");
    private final ProgressBar exportProgress = new ProgressBar();
    private final Label exportStatus = new Label();

    /** @param retained every event the engine still holds in memory, for "export all" */
    public LogView(LogViewModel model, ExportViewModel export, Supplier<List<NetEvent>> retained) {
        this.model = model;
        this.export = export;
        this.retained = retained;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        table.setId("logTable");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Columns.fixedRows(table);
        table.setPlaceholder(
                new Label("Nothing to show yet. Start a server: every connection and message shows here."));
        TableColumn<NetEvent, EventKind> kind = Columns.column("Kind", 90, NetEvent::kind);
        kind.setCellFactory(column -> new KindCell());
        kind.getStyleClass().add("kind-column");
        Columns.fit(table,
                Columns.column("Time", 112, e -> Columns.clock(e.time())),
                Columns.text("Endpoint", 130, NetEvent::endpoint),
                kind,
                Columns.column("Dir", 50, e -> e.direction() == dev.netplayground.engine.event.Direction.NONE
                        ? "" : e.direction().name().toLowerCase(Locale.ROOT)),
                Columns.text("Peer", 140, NetEvent::peer),
                Columns.column("Bytes", 65, e -> e.bytes() == 0 ? "" : String.valueOf(e.bytes())),
                Columns.text("Details", 260, NetEvent::summary));
        // The log is in time order; sorting would fight the stream of new rows.
        table.getColumns().forEach(column -> column.setSortable(false));
        endpoint.setId("logEndpointFilter");
        endpoint.setAccessibleText("Endpoint");
        kinds.setId("logKindFilter");
        for (EventKind value : EventKind.values()) {
            CheckMenuItem item = new CheckMenuItem(value.name().toLowerCase(Locale.ROOT));
            item.setSelected(model.kinds().contains(value));
            // Both ways: the session restores the model's kinds.
            model.kinds().addListener((SetChangeListener<EventKind>) change ->
                    item.setSelected(model.kinds().contains(value)));
            item.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.kinds().add(value);
                } else {
                    model.kinds().remove(value);
                }
            });
            kinds.getItems().add(item);
        }
        direction.setId("logDirectionFilter");
        search.setId("logSearch");
        Forms.prompt(search, "Search peer, message, payload");
        regex.setId("logRegex");
        pause.setId("logPause");
        clear.setId("logClear");
        exportMenu.setId("logExport");
        exportMenu.getItems().setAll(newExportItems());
        exportProgress.setId("logExportProgress");
        exportProgress.setAccessibleText("Export progress");
        exportProgress.setPrefWidth(90);
        exportStatus.setId("logExportStatus");
        exportStatus.getStyleClass().add("status-text");
    }

    /** The export choices as new menu items (the log's Export button and File → Export log). */
    public List<MenuItem> newExportItems() {
        List<MenuItem> items = new ArrayList<>();
        for (EventExport.Format format : EventExport.Format.values()) {
            items.add(exportItem("All retained events as " + format, format, true));
        }
        items.add(new SeparatorMenuItem());
        for (EventExport.Format format : EventExport.Format.values()) {
            items.add(exportItem("Shown (filtered) events as " + format, format, false));
        }
        items.forEach(item -> item.disableProperty().bind(export.runningProperty()));
        return items;
    }

    /** Puts the caret in the search field, its text selected for typing over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Empties the shown log (the engine keeps its events for export). */
    public void clear() {
        model.clear();
    }

    private MenuItem exportItem(String label, EventExport.Format format, boolean all) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> chooseFileAndExport(format, all));
        return item;
    }

    private void chooseFileAndExport(EventExport.Format format, boolean all) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the log");
        chooser.setInitialFileName("net-playground-events." + format.extension());
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            export.export(all ? retained.get() : List.copyOf(model.visibleEvents()), format, file.toPath());
        }
    }

    private void layoutParts() {
        Label title = new Label("Live log");
        title.setLabelFor(table);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        // Only the search field and the export status give way: every other control keeps its width.
        for (Region control : new Region[] {title, endpoint, kinds, direction, regex, exportMenu, pause, clear}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = Rows.of(title, endpoint, kinds, direction, search, regex, spacer,
                exportStatus, exportProgress, exportMenu, pause, clear);
        // The search's error gets a line of its own under the bar, whole, and the field a red border.
        VBox header = new VBox(4, bar, filterError);
        header.getStyleClass().add("log-bar");
        SplitPane body = new SplitPane(table, new EventDetailsView(model.selectedProperty()));
        body.setId("logSplit");
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.75);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().setAll(header, body);
    }

    private void bind() {
        table.setItems(model.visibleEvents());
        TableTail.follow(table, () -> !model.pausedProperty().get());
        endpoint.setItems(model.endpoints());
        endpoint.valueProperty().bindBidirectional(model.endpointFilterProperty());
        direction.valueProperty().bindBidirectional(model.directionProperty());
        search.textProperty().bindBidirectional(model.textProperty());
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        filterError.textProperty().bind(model.filterErrorProperty());
        Forms.showInvalid(search, model.filterErrorProperty().isNotEmpty());
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.textProperty().bind(Bindings.createStringBinding(
                () -> !model.pausedProperty().get() ? "Pause"
                        : "Resume (" + model.pendingWhilePausedProperty().get() + " new)",
                model.pausedProperty(), model.pendingWhilePausedProperty()));
        // Scrolling up means the user is reading: stop following the tail until Resume.
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                model.pausedProperty().set(true);
            }
        });
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        clear.setOnAction(e -> model.clear());
        exportMenu.disableProperty().bind(export.runningProperty());
        exportProgress.progressProperty().bind(export.progressProperty());
        exportProgress.visibleProperty().bind(export.runningProperty());
        exportProgress.managedProperty().bind(export.runningProperty());
        exportStatus.textProperty().bind(export.statusProperty());
    }

    /** Colours the kind so failures and limits stand out; pseudo-classes restyle cheaply as cells are reused. */
    private static final class KindCell extends TableCell<NetEvent, EventKind> {
        private static final Map<EventKind, PseudoClass> STATES = new EnumMap<>(EventKind.class);

        static {
            for (EventKind kind : EventKind.values()) {
                STATES.put(kind, PseudoClass.getPseudoClass(kind.name().toLowerCase(Locale.ROOT)));
            }
        }

        private EventKind shown;

        @Override
        protected void updateItem(EventKind item, boolean empty) {
            super.updateItem(item, empty);
            EventKind now = empty ? null : item;
            if (now != shown) {
                if (shown != null) {
                    pseudoClassStateChanged(STATES.get(shown), false);
                }
                if (now != null) {
                    pseudoClassStateChanged(STATES.get(now), true);
                }
                shown = now;
            }
            setText(now == null ? null : now.name().toLowerCase(Locale.ROOT));
        }
    }
}
