package dev.netplayground.ui.session;

import dev.netplayground.store.Session;
import dev.netplayground.store.SessionStore;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes the session a few seconds after something in it changed, at most once per delay, and
 * only when it differs from what was last written: an idle window schedules nothing. The
 * snapshot is taken on the FX thread and the file written on a background thread, except at
 * {@link #close}. FX thread only (but for the writes).
 */
public final class SessionAutosave {
    /** Runs a task once, after a delay (the engine's timer). */
    public interface Timer {
        void after(long delayMillis, Runnable task);
    }

    private final SessionStore store;
    private final Supplier<Session> snapshot;
    private final Timer timer;
    private final long delayMillis;
    private final Executor fx;
    private final Executor io;
    private final Consumer<String> onFailure;
    private final AtomicReference<Session> toWrite = new AtomicReference<>();
    private final Object writeLock = new Object();
    private Session written;
    private boolean due;
    private boolean closed;

    /**
     * @param onDisk    what the file holds now (nothing to write while the snapshot equals it), or null
     * @param snapshot  the session as the window shows it; called on the FX thread
     * @param fx        runs tasks on the FX thread
     * @param io        where the file is written
     * @param onFailure why a write failed, on the FX thread
     */
    public SessionAutosave(SessionStore store, Session onDisk, Supplier<Session> snapshot, Timer timer,
            long delayMillis, Executor fx, Executor io, Consumer<String> onFailure) {
        this.store = store;
        this.written = onDisk;
        this.snapshot = snapshot;
        this.timer = timer;
        this.delayMillis = delayMillis;
        this.fx = fx;
        this.io = io;
        this.onFailure = onFailure;
    }

    /** Something the session holds changed: it is written {@code delayMillis} from now, unless a write is due. */
    public void changed() {
        if (due || closed) {
            return;
        }
        due = true;
        timer.after(delayMillis, () -> fx.execute(this::writeDue));
    }

    private void writeDue() {
        due = false;
        if (!closed && offer(snapshot.get())) {
            io.execute(this::writeNewest);
        }
    }

    /** Writes the session now, on this thread, if it changed; nothing is written after this (the window closes). */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (offer(snapshot.get())) {
            writeNewest();
        }
    }

    private boolean offer(Session session) {
        if (session.equals(written)) {
            return false;
        }
        written = session;
        toWrite.set(session);
        return true;
    }

    /** Writes the newest session offered; a write that finds it taken by an earlier one does nothing. */
    private void writeNewest() {
        synchronized (writeLock) {
            Session next = toWrite.getAndSet(null);
            if (next == null) {
                return;
            }
            try {
                store.save(next);
            } catch (IOException e) {
                fx.execute(() -> {
                    written = null;
                    onFailure.accept("The session could not be saved to " + store.file() + " (" + e + ").");
                });
            }
        }
    }
}
