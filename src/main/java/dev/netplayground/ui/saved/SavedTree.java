package dev.netplayground.ui.saved;

import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The Saved panel's tree: a group per kind, collapsible, holding its items and unreadable files.
 * Rebuilt from the list on every change, keeping what was collapsed and selected. FX thread.
 */
final class SavedTree extends TreeView<SavedEntry> {
    private final Set<ItemKind> collapsed = EnumSet.noneOf(ItemKind.class);

    SavedTree() {
        super(new TreeItem<>());
        setId("savedItems");
        setShowRoot(false);
        setAccessibleText("Saved items by kind");
        setCellFactory(tree -> new EntryCell());
    }

    /** Shows {@code entries} (groups, each followed by its lines). */
    void show(List<SavedEntry> entries) {
        Optional<ItemKey> selected = selectedKey();
        TreeItem<SavedEntry> root = getRoot();
        root.getChildren().clear();
        TreeItem<SavedEntry> group = null;
        TreeItem<SavedEntry> reselect = null;
        for (SavedEntry entry : entries) {
            TreeItem<SavedEntry> node = new TreeItem<>(entry);
            if (entry instanceof SavedEntry.Group g) {
                group = node;
                node.setExpanded(!collapsed.contains(g.kind()));
                node.expandedProperty().addListener((obs, was, open) -> {
                    if (open) {
                        collapsed.remove(g.kind());
                    } else {
                        collapsed.add(g.kind());
                    }
                });
                root.getChildren().add(node);
            } else if (group != null) {
                group.getChildren().add(node);
                if (entry instanceof SavedEntry.Item item && selected.equals(Optional.of(item.loaded().key()))) {
                    reselect = node;
                }
            }
        }
        if (reselect != null) {
            getSelectionModel().select(reselect);
        }
    }

    /** The item selected, if an item (not a group or an unreadable file) is. */
    Optional<ItemKey> selectedKey() {
        TreeItem<SavedEntry> node = getSelectionModel().getSelectedItem();
        return node != null && node.getValue() instanceof SavedEntry.Item item ? Optional.of(item.loaded().key())
                : Optional.empty();
    }

    /** A line: the group's name and count, the item's name (its summary as tooltip), or the file's problem. */
    private static final class EntryCell extends TreeCell<SavedEntry> {
        @Override
        protected void updateItem(SavedEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("saved-group", "error-text");
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(entry.text());
            switch (entry) {
                case SavedEntry.Group group -> {
                    getStyleClass().add("saved-group");
                    setTooltip(null);
                }
                case SavedEntry.Item item -> setTooltip(new Tooltip(item.summary()));
                case SavedEntry.Unreadable unreadable -> {
                    getStyleClass().add("error-text");
                    setTooltip(new Tooltip(unreadable.text() + "\nThe file is left as it is: fix it in an editor."));
                }
            }
        }
    }
}
