package dev.netplayground.ui.saved;

import dev.netplayground.store.SaveConflictException;
import dev.netplayground.store.UnreadableItemException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs file work on {@code io} and hands its outcome to {@code fx}: the result, or one sentence
 * saying why it failed. Call from the FX thread.
 */
final class FileJobs {
    /** Work on the workspace's files; its exceptions carry sentences to show. */
    @FunctionalInterface
    interface Job<T> {
        T run() throws IOException, SaveConflictException, UnreadableItemException;
    }

    private final Executor io;
    private final Executor fx;
    private final Consumer<String> failed;

    /** @param failed hears, on the FX thread, why a job failed */
    FileJobs(Executor io, Executor fx, Consumer<String> failed) {
        this.io = io;
        this.fx = fx;
        this.failed = failed;
    }

    /** Runs {@code job}; a failure is said as {@code failing} followed by why. */
    <T> void run(String failing, Job<T> job, Consumer<T> done) {
        run(failing, job, done, conflict -> failed.accept(failing + conflict.getMessage()));
    }

    /** Runs {@code job}; a conflict goes to {@code conflicted}, any other failure is said. */
    <T> void run(String failing, Job<T> job, Consumer<T> done, Consumer<SaveConflictException> conflicted) {
        io.execute(() -> {
            try {
                T result = job.run();
                fx.execute(() -> done.accept(result));
            } catch (SaveConflictException e) {
                fx.execute(() -> conflicted.accept(e));
            } catch (UnreadableItemException e) {
                fx.execute(() -> failed.accept(failing + e.problem().message()));
            } catch (NoSuchFileException e) {
                fx.execute(() -> failed.accept(failing + e.getFile() + " is not there."));
            } catch (IOException | IllegalArgumentException e) {
                fx.execute(() -> failed.accept(failing + e.getMessage()));
            }
        });
    }
}
