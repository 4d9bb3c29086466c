package dev.netplayground.ui.shell;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.store.AppHome;
import dev.netplayground.store.ItemKind;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.Workspace;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.ItemPane;
import dev.netplayground.ui.common.ItemPanes;
import dev.netplayground.ui.saved.ItemNameDialog;
import dev.netplayground.ui.saved.SavedDetails;
import dev.netplayground.ui.saved.SavedPanel;
import dev.netplayground.ui.saved.SavedViewModel;
import dev.netplayground.ui.session.WindowSession;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Saved tab (the workspace's items, the selected one's file beside them) and what ties it to
 * the window: Ctrl+S saves the setup of the pane that holds the focus; a loaded item goes to the
 * pane that takes it, its tab selected; the File menu's workspace items; each outcome also on the
 * status bar. A tab of its own: at 1366x768 the protocol tabs need the window's whole width. FX thread.
 */
final class SavedTab extends Tab {
    private static final double DIVIDER = 0.34;

    private final TabPane tabs;
    private final List<ItemPanes.Owner> owners;
    private final SavedViewModel model;
    private final Label outcome = new Label();

    /** @param owners the tabs whose panes save and load items; each is a tab of {@code tabs} */
    SavedTab(Engine engine, Executor fx, TabPane tabs, List<ItemPanes.Owner> owners) {
        super("Saved");
        setId("savedTab");
        setClosable(false);
        this.tabs = tabs;
        this.owners = owners;
        this.model = new SavedViewModel(Workspace.defaultFolder(AppHome.current()), engine, engine.tasks(), fx,
                this::confirm, this::paneFor);
        // Its panes are built when it is first shown, as the other tabs' are: a tab's content is
        // styled with the window's first frame even while another tab is shown.
        selectedProperty().addListener((obs, was, now) -> {
            if (now && getContent() == null) {
                setContent(panes());
            }
        });
        outcome.setId("statusSaved");
        outcome.getStyleClass().add("status-text");
        // It takes the status bar's spare room and gives way first; the tooltip and the Saved tab say it whole.
        outcome.setPrefWidth(0);
        outcome.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        outcome.textProperty().bind(model.statusProperty());
        outcome.tooltipProperty().bind(Bindings.createObjectBinding(() -> model.statusProperty().get().isEmpty()
                ? null : Forms.tooltip(model.statusProperty().get()), model.statusProperty()));
    }

    private SplitPane panes() {
        SavedPanel panel = new SavedPanel(model, (title, initial) -> ItemNameDialog.ask(window(), title,
                "A new name for the item", initial));
        SplitPane split = new SplitPane(panel, new SavedDetails(model));
        split.setId("savedSplit");
        SplitPane.setResizableWithParent(panel, false);
        split.setDividerPositions(DIVIDER);
        return split;
    }

    /** The last outcome of saving, loading or sending an item, for the status bar. */
    Label outcome() {
        return outcome;
    }

    /** The workspace shown, for the session to remember and restore. */
    WindowSession.Workspaces workspaces() {
        return new WindowSession.Workspaces() {
            @Override
            public ReadOnlyObjectProperty<Path> folderProperty() {
                return model.folderProperty();
            }

            @Override
            public void open(Path folder) {
                model.open(folder);
            }
        };
    }

    /** Adds Save and the workspace items at the top of the File menu. */
    void addTo(MenuBar bar) {
        Menu file = bar.getMenus().get(0);
        file.getItems().addAll(0, List.of(
                item("_Save", "Shortcut+S", "menuSave", this::saveFocused),
                new SeparatorMenuItem(),
                item("_Open workspace…", null, "menuOpenWorkspace", this::openWorkspace),
                item("Export _workspace as zip…", null, "menuExportWorkspace", this::exportWorkspace),
                item("_Import Packet Sender packets…", null, "menuImportPackets", this::importPackets),
                new SeparatorMenuItem()));
    }

    private static MenuItem item(String text, String shortcut, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Ctrl+S: the setup of the pane around the focus, saved under a name the person gives. */
    private void saveFocused() {
        Scene scene = tabs.getScene();
        Optional<ItemPane> pane = scene == null ? Optional.empty() : ItemPanes.around(scene.getFocusOwner());
        if (pane.isEmpty()) {
            model.say("Nothing saved: put the focus in a client's or a server's fields, then save its setup.");
            return;
        }
        SavedItem item;
        try {
            item = pane.get().save().get();
        } catch (IllegalArgumentException e) {
            model.say("Not saved: " + e.getMessage());
            return;
        }
        ItemKind kind = item.kind();
        ItemNameDialog.ask(window(), "Save", "Save this " + kind.label() + " in " + model.folderProperty().get()
                .resolve(kind.folder()) + File.separator + " as", model.suggestedName(pane.get(), kind))
                .ifPresent(name -> model.save(pane.get(), item, name));
    }

    private Optional<ItemPane> paneFor(SavedItem item) {
        for (ItemPanes.Owner owner : owners) {
            for (ItemPane pane : owner.itemPanes()) {
                if (pane.loads().test(item)) {
                    tabs.getSelectionModel().select((Tab) owner);
                    return Optional.of(pane);
                }
            }
        }
        return Optional.empty();
    }

    private boolean confirm(String question, String yes) {
        ButtonType confirmed = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirmed, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.getDialogPane().setId("savedConfirm");
        return alert.showAndWait().filter(confirmed::equals).isPresent();
    }

    private void openWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open workspace");
        chooser.setInitialDirectory(existing(model.folderProperty().get().toFile()));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.open(chosen.toPath());
            tabs.getSelectionModel().select(this);
        }
    }

    private void exportWorkspace() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export workspace as zip");
        chooser.setInitialFileName(model.folderProperty().get().getFileName() + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip files", "*.zip"));
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            model.transfer().exportZip(chosen.toPath());
        }
    }

    private void importPackets() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Packet Sender packets");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Packet Sender exports (*.ini, *.json)", "*.ini", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            model.transfer().importPacketSender(chosen.toPath());
            tabs.getSelectionModel().select(this);
        }
    }

    /** The folder if it exists, else its nearest existing parent (a chooser refuses a missing one). */
    private static File existing(File folder) {
        File at = folder;
        while (at != null && !at.isDirectory()) {
            at = at.getParentFile();
        }
        return at;
    }

    private Window window() {
        return tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }

    /** Stops watching the workspace. */
    void dispose() {
        model.close();
    }
}
