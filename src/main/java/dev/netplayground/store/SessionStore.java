package dev.netplayground.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The session file ({@code session.json} under the app's settings folder): read once at start,
 * written atomically (and only when it changed). A file that cannot be read is kept beside it
 * as {@code session.json.unreadable-<hash>} before anything overwrites it. Thread-safe.
 */
public final class SessionStore {
    public static final String FILE_NAME = "session.json";

    private final Path file;
    private final StoreJson json = new StoreJson();

    public SessionStore(Path file) {
        this.file = file;
    }

    public static SessionStore in(AppHome home) {
        return new SessionStore(home.config().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The session read at start, and why it could not be read (then the session is empty). */
    public record Restored(Session session, Optional<String> problem) {}

    /** Reads the session; no file gives {@link Session#EMPTY} without a problem. */
    public synchronized Restored load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Restored(Session.EMPTY, Optional.empty());
        } catch (IOException e) {
            return new Restored(Session.EMPTY, Optional.of(file + " cannot be read (" + e + "); the window starts "
                    + "with its defaults."));
        }
        try {
            return new Restored(json.read(bytes, Session.class), Optional.empty());
        } catch (JsonProblem e) {
            return new Restored(Session.EMPTY, Optional.of(keepAside(bytes, e)));
        }
    }

    private String keepAside(byte[] bytes, JsonProblem problem) {
        String what = problem.describe(file.toString());
        Path copy = file.resolveSibling(file.getFileName() + ".unreadable-" + Revision.of(bytes).sha256()
                .substring(0, 8));
        try {
            AtomicFiles.write(copy, bytes);
            return what + ". It is kept as " + copy + "; the window starts with its defaults.";
        } catch (IOException e) {
            return what + ". Copying it aside failed (" + e + "); the window starts with its defaults.";
        }
    }

    /** Writes the session atomically; does nothing when the file already says the same. */
    public synchronized void save(Session session) throws IOException {
        AtomicFiles.write(file, json.write(session, Session.class));
    }
}
