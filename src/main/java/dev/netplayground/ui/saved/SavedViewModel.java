package dev.netplayground.ui.saved;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.store.Contents;
import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemKind;
import dev.netplayground.store.Loaded;
import dev.netplayground.store.Revision;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.Workspace;
import dev.netplayground.store.WorkspaceWatch;
import dev.netplayground.ui.common.ItemPane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The Saved panel's state and actions over one workspace folder: its items and unreadable files
 * as the tree shows them, kept current as files change on disk; saving a pane's setup (asking
 * before it overwrites anything), loading an item into its pane, sending one, and switching
 * folders. Renames, copies, deletes and their undo are {@link #edits()}. File work and sends run
 * on {@code io}, their results come back through {@code fx}. FX thread only.
 */
public final class SavedViewModel implements AutoCloseable {
    /** Asks the person a yes-or-no question. FX thread. */
    @FunctionalInterface
    public interface Confirm {
        /** @param yes the label of the button that says yes, e.g. {@code Overwrite} */
        boolean ask(String question, String yes);
    }

    /** Where loaded items go: the pane that loads an item, its tab shown. FX thread. */
    @FunctionalInterface
    public interface Panes {
        Optional<ItemPane> show(SavedItem item);
    }

    private final Executor io;
    private final Executor fx;
    private final Confirm confirm;
    private final Panes panes;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final FileJobs jobs;
    private final ItemSending sending;
    private final SavedList list = new SavedList();
    private final ItemEdits edits;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final Map<ItemPane, Loaded> loadedInto = new IdentityHashMap<>();
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private final ObjectProperty<SavedEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper("");
    private Workspace workspace;
    private WorkspaceWatch watch;
    private boolean closed;

    /** Opens {@code folder} (made when missing) in the background. */
    public SavedViewModel(Path folder, Engine engine, Executor io, Executor fx, Confirm confirm, Panes panes) {
        this.io = io;
        this.fx = fx;
        this.confirm = confirm;
        this.panes = panes;
        this.jobs = new FileJobs(io, fx, status::set);
        this.sending = new ItemSending(engine, io, fx);
        this.edits = new ItemEdits(jobs, () -> workspace, list, status::set, this::reload, this::renamed);
        selected.addListener((obs, old, now) -> readFileText(now));
        open(folder);
    }

    /** Shows another folder from now on (File → Open workspace); what was loaded from the old one is forgotten. */
    public void open(Path newFolder) {
        stopWatching();
        Workspace opened = new Workspace(newFolder);
        workspace = opened;
        folder.set(opened.folder());
        loadedInto.clear();
        edits.forget();
        list.show(new Contents(List.of(), List.of()));
        io.execute(() -> {
            WorkspaceWatch started = null;
            try {
                started = opened.watch((key, revision) -> reloadSoon());
            } catch (IOException e) {
                String why = e.getMessage();
                fx.execute(() -> status.set("Changes made on disk will not show by themselves: " + why));
            }
            WorkspaceWatch running = started;
            Contents contents = opened.load();
            fx.execute(() -> {
                if (closed || workspace != opened) {
                    closeQuietly(running);
                    return;
                }
                watch = running;
                list.show(contents);
            });
        });
    }

    /** Watch thread: a burst of changes makes one reload. */
    private void reloadSoon() {
        if (reloadQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                reloadQueued.set(false);
                reload();
            });
        }
    }

    /** Reads the folder again in the background. */
    public void reload() {
        Workspace current = workspace;
        io.execute(() -> {
            Contents contents = current.load();
            fx.execute(() -> {
                if (workspace == current && !closed) {
                    list.show(contents);
                }
            });
        });
    }

    /** Reads the selected item's or unreadable file's text in the background, as it is on disk. */
    private void readFileText(SavedEntry entry) {
        Path file = switch (entry) {
            case SavedEntry.Item item -> workspace.fileOf(item.loaded().key());
            case SavedEntry.Unreadable unreadable -> workspace.folder().resolve(unreadable.problem().path());
            case null, default -> null;
        };
        fileText.set("");
        if (file == null) {
            return;
        }
        io.execute(() -> {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                text = "The file cannot be shown as text: " + e;
            }
            String shown = text;
            fx.execute(() -> {
                if (selected.get() == entry) {
                    fileText.set(shown);
                }
            });
        });
    }

    /** The name to offer when saving {@code pane}'s setup: the item it was loaded from, if of that kind. */
    public String suggestedName(ItemPane pane, ItemKind kind) {
        Loaded from = loadedInto.get(pane);
        return from != null && from.key().kind() == kind ? from.key().name() : "";
    }

    /**
     * Saves {@code item} (the setup of {@code pane}) as {@code name}. Over the item the pane was
     * loaded from, unchanged on disk since, it saves at once; over any other file, or one changed
     * on disk since it was loaded, it asks first.
     */
    public void save(ItemPane pane, SavedItem item, String name) {
        ItemKey key;
        try {
            key = new ItemKey(item.kind(), name.strip());
        } catch (IllegalArgumentException e) {
            status.set("Not saved: " + e.getMessage());
            return;
        }
        Loaded from = loadedInto.get(pane);
        Revision basedOn = from != null && from.key().equals(key) ? from.revision() : Revision.NONE;
        Workspace current = workspace;
        jobs.run("Not saved: ", () -> current.save(key, item, basedOn), written -> saved(pane, key, item, written),
                conflict -> {
                    if (confirm.ask(conflict.getMessage(), "Overwrite")) {
                        jobs.run("Not saved: ", () -> current.overwrite(key, item),
                                written -> saved(pane, key, item, written));
                    } else {
                        status.set("Not saved: " + conflict.getMessage());
                    }
                });
    }

    private void saved(ItemPane pane, ItemKey key, SavedItem item, Revision written) {
        loadedInto.put(pane, new Loaded(key, item, written));
        status.set("Saved " + key.path() + ".");
        reload();
    }

    /**
     * Opens an item as a double-click does: a sequence is sent; anything else is read from its
     * file and loaded into its pane, whose tab is shown.
     */
    public void open(ItemKey key) {
        if (key.kind() == ItemKind.SEQUENCES) {
            send(key);
            return;
        }
        Workspace current = workspace;
        jobs.run("Not loaded: ", () -> current.read(key), this::load);
    }

    private void load(Loaded loaded) {
        Optional<ItemPane> pane = panes.show(loaded.item());
        if (pane.isEmpty()) {
            status.set("Not loaded: no pane loads a " + loaded.key().kind().label() + " such as " + loaded.key() + ".");
            return;
        }
        try {
            pane.get().load().accept(loaded.item());
        } catch (IllegalArgumentException e) {
            status.set("Not loaded: " + e.getMessage());
            return;
        }
        loadedInto.put(pane.get(), loaded);
        status.set("Loaded " + loaded.key() + ".");
    }

    private void renamed(ItemKey from, Loaded to) {
        loadedInto.replaceAll((pane, loaded) -> loaded.key().equals(from) ? to : loaded);
    }

    /** Sends an item without loading it; the answers go to the log, the outcome to the status line. */
    public void send(ItemKey key) {
        sending.send(workspace, key, status::set);
    }

    /** Says {@code text} on the status line, e.g. why Ctrl+S saved nothing. */
    public void say(String text) {
        status.set(text);
    }

    /** Stops watching the folder. */
    @Override
    public void close() {
        closed = true;
        stopWatching();
    }

    private void stopWatching() {
        closeQuietly(watch);
        watch = null;
    }

    private static void closeQuietly(WorkspaceWatch running) {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                // The watch service is gone either way.
            }
        }
    }

    /** Rename, duplicate, delete and undo, on the workspace open now. */
    public ItemEdits edits() {
        return edits;
    }

    /** Export and import, on the workspace open now. */
    public WorkspaceTransfer transfer() {
        return new WorkspaceTransfer(workspace, jobs, status::set, this::reload);
    }

    public ReadOnlyObjectProperty<Path> folderProperty() { return folder.getReadOnlyProperty(); }
    /** The line the tree has selected (an item, an unreadable file, a group), or null. */
    public ObjectProperty<SavedEntry> selectedProperty() { return selected; }
    /** The selected item's or unreadable file's text as it is on disk; empty for anything else. */
    public ReadOnlyStringProperty fileTextProperty() { return fileText.getReadOnlyProperty(); }
    /** Groups, items and unreadable files, in tree order, as the filter lets them through. */
    public ObservableList<SavedEntry> shown() { return list.shown(); }
    public StringProperty filterProperty() { return list.filterProperty(); }
    /** The item the list shows under {@code key}, if any. */
    public Optional<SavedItem> itemShown(ItemKey key) { return list.item(key).map(Loaded::item); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** What the last delete did, while Undo can take it back; empty otherwise. */
    public ReadOnlyStringProperty undoTextProperty() { return edits.undoTextProperty(); }
    public ReadOnlyBooleanProperty sendingProperty() { return sending.sendingProperty(); }
}
