package dev.netplayground.store;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Watches a workspace's folder and its kind folders on one named daemon thread and reports
 * files changed by someone else; {@link #close} stops the thread. A lost batch of events
 * (overflow) is made up for by comparing every file with what the workspace knows.
 */
public final class WorkspaceWatch implements AutoCloseable {
    private static final long JOIN_MILLIS = 5_000;

    private final Workspace workspace;
    private final WorkspaceListener listener;
    private final WatchService service;
    private final Thread thread;
    // Only touched by the watch thread.
    private final Map<WatchKey, ItemKind> kindOfKey = new HashMap<>();
    private final Map<ItemKey, Revision> reported = new HashMap<>();

    private WorkspaceWatch(Workspace workspace, WorkspaceListener listener) throws IOException {
        this.workspace = workspace;
        this.listener = listener;
        Path folder = workspace.folder();
        Files.createDirectories(folder);
        this.service = folder.getFileSystem().newWatchService();
        folder.register(service, ENTRY_CREATE);
        for (ItemKind kind : ItemKind.values()) {
            registerKind(kind);
        }
        this.thread = Thread.ofPlatform().daemon().name("netpg-workspace-watch").unstarted(this::run);
    }

    static WorkspaceWatch start(Workspace workspace, WorkspaceListener listener) throws IOException {
        WorkspaceWatch watch = new WorkspaceWatch(workspace, listener);
        watch.thread.start();
        return watch;
    }

    private boolean registerKind(ItemKind kind) throws IOException {
        Path dir = workspace.folder().resolve(kind.folder());
        if (!Files.isDirectory(dir) || kindOfKey.containsValue(kind)) {
            return false;
        }
        kindOfKey.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), kind);
        return true;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<ItemKey> touched = new LinkedHashSet<>();
                boolean rescan = false;
                ItemKind kind = kindOfKey.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        rescan = true;
                    } else if (kind == null) {
                        rescan |= newKindFolder(event);
                    } else {
                        itemOf(kind, event).ifPresent(touched::add);
                    }
                }
                key.reset();
                if (rescan) {
                    touched.addAll(allKeys());
                }
                touched.forEach(this::check);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // Closed: the thread ends.
        }
    }

    private boolean newKindFolder(WatchEvent<?> event) {
        return ItemKind.ofFolder(event.context().toString()).map(kind -> {
            try {
                return registerKind(kind);
            } catch (IOException e) {
                return false;
            }
        }).orElse(false);
    }

    private static Optional<ItemKey> itemOf(ItemKind kind, WatchEvent<?> event) {
        return itemOf(kind, event.context().toString());
    }

    private static Optional<ItemKey> itemOf(ItemKind kind, String fileName) {
        if (!Workspace.isItemFile(fileName)) {
            return Optional.empty();
        }
        try {
            String name = fileName.substring(0, fileName.length() - ItemKey.EXTENSION.length());
            return Optional.of(new ItemKey(kind, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Set<ItemKey> allKeys() {
        Set<ItemKey> keys = new LinkedHashSet<>(workspace.knownKeys());
        for (ItemKind kind : ItemKind.values()) {
            Path dir = workspace.folder().resolve(kind.folder());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(file -> itemOf(kind, file.getFileName().toString()).ifPresent(keys::add));
            } catch (IOException e) {
                // The folder went away; the known keys are checked all the same.
            }
        }
        return keys;
    }

    private void check(ItemKey key) {
        Optional<Revision> changed;
        try {
            changed = workspace.changedOnDisk(key);
        } catch (IOException e) {
            return; // Unreadable for now; the next event for it tries again.
        }
        if (changed.isEmpty()) {
            reported.remove(key);
            return;
        }
        Revision onDisk = changed.get();
        if (onDisk.equals(reported.put(key, onDisk))) {
            return;
        }
        try {
            listener.changed(key, onDisk);
        } catch (RuntimeException e) {
            // A listener must not throw; the crash handler hears of it and watching goes on.
            Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
        }
    }

    /** Stops watching; returns when the thread has ended (or after 5 s). */
    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the watch thread is running. */
    public boolean isRunning() {
        return thread.isAlive();
    }
}
