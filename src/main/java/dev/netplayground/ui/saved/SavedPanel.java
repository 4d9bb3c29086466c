package dev.netplayground.ui.saved;

import atlantafx.base.theme.Styles;
import dev.netplayground.store.ItemKey;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.Rows;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Saved panel: the workspace's items by kind with a filter, Send, and on an item: Enter or a
 * double-click loads it, F2 renames, Delete deletes (with Undo), and a context menu does all that,
 * duplicates and copies it as a program. FX thread.
 */
public final class SavedPanel extends VBox {
    /** Asks for a name: (title, name to start from) to the name typed, or empty when cancelled. */
    public interface NameAsker extends BiFunction<String, String, Optional<String>> {}

    private final SavedViewModel model;
    private final NameAsker askName;
    private final Label folder = new Label();
    private final Button send = new Button("Send");
    private final TextField filter = new TextField();
    private final SavedTree tree = new SavedTree();
    private final Label undoText = new Label();
    private final Button undo = new Button("Undo");
    private final HBox undoBar = Rows.of(undoText, undo);
    private final Label status = new Label();
    private final Menu copyAs = new Menu("Copy as…");

    public SavedPanel(SavedViewModel model, NameAsker askName) {
        this.model = model;
        this.askName = askName;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        setId("savedPanel");
        folder.setId("savedFolder");
        folder.getStyleClass().add(Styles.TEXT_BOLD);
        send.setId("savedSend");
        send.getStyleClass().add(Styles.ACCENT);
        send.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(send, "Send the selected message, request or sequence without loading it. "
                + "Enter or a double-click loads it into its tab instead.");
        filter.setId("savedFilter");
        Forms.prompt(filter, "Filter");
        undoText.setId("savedUndoText");
        undoText.setWrapText(true);
        undo.setId("savedUndo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("savedStatus");
        status.getStyleClass().add("status-text");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        copyAs.setId("savedCopyAs");
    }

    private void layoutParts() {
        getStyleClass().add("pane-card");
        setSpacing(Rows.GAP);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(undoText, Priority.ALWAYS);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().setAll(Rows.of(folder, gap, send), filter, tree, undoBar, status);
        tree.setContextMenu(contextMenu());
    }

    private ContextMenu contextMenu() {
        // The keys are named in the text, not set as accelerators: a context menu's accelerators act on the
        // whole window, and Enter must stay the text fields'.
        MenuItem open = menuItem("Open (Enter)", "savedMenuOpen", model::open);
        MenuItem sendItem = menuItem("Send", "savedMenuSend", model::send);
        MenuItem rename = menuItem("Rename… (F2)", "savedMenuRename", this::rename);
        MenuItem duplicate = menuItem("Duplicate", "savedMenuDuplicate", key -> model.edits().duplicate(key));
        MenuItem delete = menuItem("Delete (Del)", "savedMenuDelete", key -> model.edits().delete(key));
        ContextMenu menu = new ContextMenu(open, sendItem, rename, duplicate, delete, new SeparatorMenuItem(), copyAs);
        menu.setOnShowing(e -> {
            Optional<ItemKey> key = tree.selectedKey();
            menu.getItems().forEach(item -> item.setDisable(key.isEmpty()));
            var kind = key.flatMap(model::itemShown).flatMap(ItemSnippets::kindOf);
            copyAs.setDisable(kind.isEmpty());
            copyAs.getItems().setAll(kind.map(k -> CopyAsButton.items("savedCopyAs", k,
                    () -> ItemSnippets.setup(model.itemShown(key.get()).orElseThrow(
                            () -> new IllegalArgumentException(key.get() + " is gone from the folder.")))))
                    .orElse(List.of()));
        });
        return menu;
    }

    private MenuItem menuItem(String text, String id, Consumer<ItemKey> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> tree.selectedKey().ifPresent(action));
        return item;
    }

    private void rename(ItemKey key) {
        askName.apply("Rename " + key, key.name()).ifPresent(name -> model.edits().rename(key, name));
    }

    private void bind() {
        model.shown().addListener((ListChangeListener<SavedEntry>) change -> tree.show(model.shown()));
        tree.show(model.shown());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now == null ? null : now.getValue()));
        filter.textProperty().bindBidirectional(model.filterProperty());
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.folderProperty().get() == null ? ""
                : "Workspace: " + model.folderProperty().get().getFileName(), model.folderProperty()));
        folder.tooltipProperty().bind(Bindings.createObjectBinding(() -> model.folderProperty().get() == null ? null
                : Forms.tooltip(model.folderProperty().get().toString()), model.folderProperty()));
        BooleanBinding noItem = Bindings.createBooleanBinding(() -> tree.selectedKey().isEmpty(),
                tree.getSelectionModel().selectedItemProperty());
        send.disableProperty().bind(noItem.or(model.sendingProperty()));
        send.setOnAction(e -> tree.selectedKey().ifPresent(model::send));
        undoText.textProperty().bind(model.undoTextProperty());
        undoBar.visibleProperty().bind(model.undoTextProperty().isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        undo.setOnAction(e -> model.edits().undo());
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                tree.selectedKey().ifPresent(model::open);
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Optional<ItemKey> key = tree.selectedKey();
            if (key.isEmpty()) {
                return;
            }
            switch (e.getCode()) {
                case ENTER -> model.open(key.get());
                case F2 -> rename(key.get());
                case DELETE -> model.edits().delete(key.get());
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
