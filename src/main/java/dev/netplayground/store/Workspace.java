package dev.netplayground.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of saved items, one file per item: {@code <kind>/<name>.json}. Files are the truth:
 * every write is atomic, a file that cannot be read is reported and never rewritten or deleted
 * here, and a change is refused when the file on disk is not the revision the caller based it
 * on. Remembers the revision it last read or wrote of each file, so {@link #watch} reports only
 * changes made by someone else. Thread-safe.
 */
public final class Workspace {
    private final Path folder;
    private final StoreJson json = new StoreJson();
    // Guarded by this.
    private final Map<ItemKey, Revision> known = new HashMap<>();

    public Workspace(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The default workspace: {@code workspace/} under the app's settings folder. */
    public static Path defaultFolder(AppHome home) {
        return home.config().resolve("workspace");
    }

    public Path folder() {
        return folder;
    }

    public Path fileOf(ItemKey key) {
        return folder.resolve(key.kind().folder()).resolve(key.name() + ItemKey.EXTENSION);
    }

    /** Reads every item; a missing folder is an empty workspace. */
    public synchronized Contents load() {
        List<Loaded> items = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            for (Path file : itemFiles(kind, problems)) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ItemKey.EXTENSION.length());
                ItemKey key;
                try {
                    key = new ItemKey(kind, name);
                } catch (IllegalArgumentException e) {
                    problems.add(new LoadProblem(kind.folder() + "/" + fileName, 0, 0, e.getMessage()));
                    continue;
                }
                try {
                    items.add(read(key));
                } catch (UnreadableItemException e) {
                    problems.add(e.problem());
                } catch (NoSuchFileException e) {
                    // Deleted while listing: nothing to load.
                }
            }
        }
        items.sort(Comparator.comparing(Loaded::key));
        return new Contents(items, problems);
    }

    private List<Path> itemFiles(ItemKind kind, List<LoadProblem> problems) {
        Path dir = folder.resolve(kind.folder());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> isItemFile(file.getFileName().toString()) && Files.isRegularFile(file))
                    .toList();
        } catch (IOException e) {
            problems.add(new LoadProblem(kind.folder() + "/", 0, 0, "the folder cannot be listed: " + e));
            return List.of();
        }
    }

    static boolean isItemFile(String fileName) {
        return fileName.endsWith(ItemKey.EXTENSION) && !fileName.startsWith(".");
    }

    /**
     * Reads one item.
     *
     * @throws NoSuchFileException     when there is no such file
     * @throws UnreadableItemException when the file is not a valid item (it is left untouched)
     */
    public synchronized Loaded read(ItemKey key) throws UnreadableItemException, NoSuchFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(fileOf(key));
        } catch (NoSuchFileException e) {
            known.remove(key);
            throw e;
        } catch (IOException e) {
            throw new UnreadableItemException(new LoadProblem(key.path(), 0, 0, "it cannot be read: " + e), e);
        }
        Revision revision = Revision.of(bytes);
        known.put(key, revision);
        try {
            return new Loaded(key, json.read(bytes, key.kind().type()), revision);
        } catch (JsonProblem e) {
            throw new UnreadableItemException(LoadProblem.of(key.path(), e), e);
        }
    }

    /** The items of any kind saved under {@code name}, in kind order. */
    public List<ItemKey> keysNamed(String name) {
        ItemKey.checkName(name);
        return Stream.of(ItemKind.values()).map(kind -> new ItemKey(kind, name))
                .filter(key -> Files.isRegularFile(fileOf(key))).toList();
    }

    /**
     * Saves {@code item} if its file is still at {@code basedOn} ({@link Revision#NONE}: a new
     * item, no file yet). Writing the same content again leaves the file untouched.
     *
     * @return the revision written
     * @throws SaveConflictException when the file on disk is another revision; nothing is written
     */
    public synchronized Revision save(ItemKey key, SavedItem item, Revision basedOn)
            throws SaveConflictException, IOException {
        byte[] bytes = encode(key, item);
        Revision onDisk = revisionOnDisk(key);
        if (!onDisk.equals(basedOn)) {
            throw new SaveConflictException(key, basedOn, onDisk);
        }
        return write(key, bytes);
    }

    /** Saves {@code item} whatever is on disk: for when the user chose to overwrite. */
    public synchronized Revision overwrite(ItemKey key, SavedItem item) throws IOException {
        return write(key, encode(key, item));
    }

    /**
     * Deletes an item's file if it is still at {@code basedOn}.
     *
     * @return the bytes the file held, for {@link #restore}
     */
    public synchronized byte[] delete(ItemKey key, Revision basedOn) throws SaveConflictException, IOException {
        byte[] bytes = bytesOnDisk(key);
        Revision onDisk = bytes == null ? Revision.NONE : Revision.of(bytes);
        if (!onDisk.equals(basedOn)) {
            throw new SaveConflictException(key, basedOn, onDisk);
        }
        known.put(key, Revision.NONE);
        Files.deleteIfExists(fileOf(key));
        return bytes;
    }

    /**
     * Writes a deleted item's bytes back, byte for byte, if no file has taken its place since.
     *
     * @throws SaveConflictException when a file of that name exists again; nothing is written
     */
    public synchronized Revision restore(ItemKey key, byte[] bytes) throws SaveConflictException, IOException {
        Revision onDisk = revisionOnDisk(key);
        if (!onDisk.equals(Revision.NONE)) {
            throw new SaveConflictException(key, Revision.NONE, onDisk);
        }
        return write(key, bytes);
    }

    /** Renames an item's file if it is still at {@code basedOn} and nothing is saved under {@code to}. */
    public synchronized Revision rename(ItemKey from, ItemKey to, Revision basedOn)
            throws SaveConflictException, IOException {
        if (from.kind() != to.kind()) {
            throw new IllegalArgumentException("An item keeps its kind when renamed.");
        }
        Revision onDisk = revisionOnDisk(from);
        if (!onDisk.equals(basedOn)) {
            throw new SaveConflictException(from, basedOn, onDisk);
        }
        Revision target = revisionOnDisk(to);
        if (!target.equals(Revision.NONE)) {
            throw new SaveConflictException(to, Revision.NONE, target);
        }
        known.put(from, Revision.NONE);
        known.put(to, onDisk);
        Files.move(fileOf(from), fileOf(to), StandardCopyOption.ATOMIC_MOVE);
        return onDisk;
    }

    private byte[] encode(ItemKey key, SavedItem item) {
        if (item.kind() != key.kind()) {
            throw new IllegalArgumentException("A " + item.kind().label() + " cannot be saved as " + key.path() + ".");
        }
        return json.write(item, key.kind().type());
    }

    // The revision is known before the rename, so a watcher never mistakes our own write for another's.
    private Revision write(ItemKey key, byte[] bytes) throws IOException {
        Revision written = Revision.of(bytes);
        Revision before = known.put(key, written);
        try {
            AtomicFiles.write(fileOf(key), bytes);
        } catch (IOException e) {
            known.put(key, before == null ? Revision.NONE : before);
            throw e;
        }
        return written;
    }

    /** The content hash of the file now, {@link Revision#NONE} when there is none. */
    public Revision revisionOnDisk(ItemKey key) throws IOException {
        byte[] bytes = bytesOnDisk(key);
        return bytes == null ? Revision.NONE : Revision.of(bytes);
    }

    private byte[] bytesOnDisk(ItemKey key) throws IOException {
        try {
            return Files.readAllBytes(fileOf(key));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The file's revision when it differs from the one this workspace last read or wrote; empty
     * when it does not. Atomic with respect to this workspace's own writes.
     */
    synchronized Optional<Revision> changedOnDisk(ItemKey key) throws IOException {
        Revision onDisk = revisionOnDisk(key);
        return onDisk.equals(known.getOrDefault(key, Revision.NONE)) ? Optional.empty() : Optional.of(onDisk);
    }

    /** The keys this workspace has read or written. */
    synchronized List<ItemKey> knownKeys() {
        return List.copyOf(known.keySet());
    }

    /**
     * Starts watching the folder (creating it if needed) on a thread of its own; {@code listener}
     * hears of every file that someone else changed, created or deleted. Close the watch to stop.
     */
    public WorkspaceWatch watch(WorkspaceListener listener) throws IOException {
        return WorkspaceWatch.start(this, listener);
    }
}
