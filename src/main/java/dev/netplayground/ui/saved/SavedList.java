package dev.netplayground.ui.saved;

import dev.netplayground.store.Contents;
import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemKind;
import dev.netplayground.store.LoadProblem;
import dev.netplayground.store.Loaded;
import dev.netplayground.store.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the workspace holds as the tree lists it: each kind's group, its items by name, then its
 * unreadable files; with a filter, only the groups with a match. FX thread only.
 */
final class SavedList {
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<SavedEntry> shown = FXCollections.observableArrayList();
    private Contents contents = new Contents(List.of(), List.of());

    SavedList() {
        filter.addListener((obs, old, now) -> refresh());
        refresh();
    }

    void show(Contents read) {
        contents = read;
        refresh();
    }

    private void refresh() {
        String wanted = filter.get().strip().toLowerCase(Locale.ROOT);
        List<SavedEntry> lines = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            List<SavedEntry> ofKind = new ArrayList<>();
            for (Loaded loaded : contents.items(kind)) {
                if (matches(wanted, loaded.key().name(), loaded.item().summary())) {
                    ofKind.add(new SavedEntry.Item(loaded));
                }
            }
            int count = ofKind.size();
            for (LoadProblem problem : contents.problems()) {
                if (problem.path().startsWith(kind.folder() + "/") && matches(wanted, problem.message())) {
                    ofKind.add(new SavedEntry.Unreadable(kind, problem));
                }
            }
            if (wanted.isEmpty() || !ofKind.isEmpty()) {
                lines.add(new SavedEntry.Group(kind, count));
                lines.addAll(ofKind);
            }
        }
        shown.setAll(lines);
    }

    private static boolean matches(String wanted, String... texts) {
        for (String text : texts) {
            if (text.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The item listed under {@code key}, as last read. */
    Optional<Loaded> item(ItemKey key) {
        return contents.items().stream().filter(loaded -> loaded.key().equals(key)).findFirst();
    }

    /** The revision listed under {@code key}; {@link Revision#NONE} when none is. */
    Revision revision(ItemKey key) {
        return item(key).map(Loaded::revision).orElse(Revision.NONE);
    }

    ObservableList<SavedEntry> shown() {
        return shown;
    }

    StringProperty filterProperty() {
        return filter;
    }
}
