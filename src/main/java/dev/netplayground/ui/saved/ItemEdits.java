package dev.netplayground.ui.saved;

import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemKind;
import dev.netplayground.store.Loaded;
import dev.netplayground.store.Revision;
import dev.netplayground.store.Workspace;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Renaming, duplicating and deleting saved items, each only if the file is still what the list
 * shows; the last delete can be undone, byte for byte. FX thread only; the files change on the
 * background executor.
 */
public final class ItemEdits {
    private static final int MAX_BASE_LENGTH = 90;

    private final FileJobs jobs;
    private final Supplier<Workspace> workspace;
    private final SavedList list;
    private final Consumer<String> say;
    private final Runnable reload;
    private final BiConsumer<ItemKey, Loaded> renamed;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private Runnable undo;

    ItemEdits(FileJobs jobs, Supplier<Workspace> workspace, SavedList list, Consumer<String> say, Runnable reload,
            BiConsumer<ItemKey, Loaded> renamed) {
        this.jobs = jobs;
        this.workspace = workspace;
        this.list = list;
        this.say = say;
        this.reload = reload;
        this.renamed = renamed;
    }

    /** Renames an item's file, if it is still what the list shows and nothing has the new name. */
    public void rename(ItemKey from, String newName) {
        ItemKey to;
        try {
            to = new ItemKey(from.kind(), newName.strip());
        } catch (IllegalArgumentException e) {
            say.accept("Not renamed: " + e.getMessage());
            return;
        }
        if (to.equals(from)) {
            return;
        }
        Revision basedOn = list.revision(from);
        Workspace current = workspace.get();
        jobs.run("Not renamed: ", () -> current.rename(from, to, basedOn), moved -> {
            list.item(from).ifPresent(loaded -> renamed.accept(from, new Loaded(to, loaded.item(), moved)));
            say.accept("Renamed " + from + " to " + to.name() + ".");
            reload.run();
        });
    }

    /** Saves a copy of an item under the first free name of {@code NAME copy}, {@code NAME copy 2}, ... */
    public void duplicate(ItemKey key) {
        Workspace current = workspace.get();
        jobs.run("Not duplicated: ", () -> {
            Loaded loaded = current.read(key);
            ItemKey copy = freeKey(current, key.kind(), key.name() + " copy");
            current.save(copy, loaded.item(), Revision.NONE);
            return copy;
        }, copy -> {
            say.accept("Duplicated " + key + " as " + copy.name() + ".");
            reload.run();
        });
    }

    /** IO thread: {@code base}, or {@code base 2}, {@code base 3}, ... whichever has no file. */
    static ItemKey freeKey(Workspace workspace, ItemKind kind, String base) throws IOException {
        String stem = base.length() > MAX_BASE_LENGTH ? base.substring(0, MAX_BASE_LENGTH).strip() : base;
        ItemKey key = new ItemKey(kind, stem);
        for (int n = 2; !workspace.revisionOnDisk(key).equals(Revision.NONE); n++) {
            key = new ItemKey(kind, stem + " " + n);
        }
        return key;
    }

    /** Deletes an item's file, if it is still what the list shows; {@link #undo} puts it back byte for byte. */
    public void delete(ItemKey key) {
        Revision basedOn = list.revision(key);
        Workspace current = workspace.get();
        jobs.run("Not deleted: ", () -> current.delete(key, basedOn), bytes -> {
            say.accept("");
            undo = () -> jobs.run("Not restored: ", () -> current.restore(key, bytes), restored -> {
                say.accept("Restored " + key + ".");
                reload.run();
            });
            undoText.set("Deleted " + key + ".");
            reload.run();
        });
    }

    /** Takes back the last delete, while it is offered. */
    public void undo() {
        Runnable action = undo;
        forget();
        if (action != null) {
            action.run();
        }
    }

    /** Offers no undo any more (another folder was opened). */
    void forget() {
        undo = null;
        undoText.set("");
    }

    /** What the last delete did, while Undo can take it back; empty otherwise. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }
}
