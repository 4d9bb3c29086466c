package dev.netplayground.ui.shell;

import dev.netplayground.about.CrashReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * An uncaught exception never vanishes: each is written to a file under the app's data folder
 * (and stderr), and shown once in a dialog with a copyable report. "Once" means once per kind
 * of failure (exception type and where it was thrown), so a failure that repeats every pulse
 * does not bury the window in dialogs. The app keeps running: JavaFX carries on after an
 * exception in a handler, and engine threads are replaced by their executors.
 *
 * <p>Any thread; the dialog is opened on the FX thread.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {
    /** What the dialog shows: the report and where it was saved (null when it could not be). */
    public record Crash(String report, Path file, String saveError) {}

    private final Path folder;
    private final Executor fx;
    private final Consumer<Crash> show;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    /**
     * @param folder where reports are written (created when needed)
     * @param fx     runs a task on the FX thread
     * @param show   FX thread: shows one crash to the user
     */
    public CrashReporter(Path folder, Executor fx, Consumer<Crash> show) {
        this.folder = folder;
        this.fx = fx;
        this.show = show;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String report = CrashReport.text(thread, error);
        System.err.print(report);
        Path file = null;
        String saveError = null;
        try {
            file = CrashReport.save(folder, report);
        } catch (IOException | RuntimeException e) {
            saveError = "could not be saved under " + folder + ": " + e;
        }
        if (shown.add(kind(error))) {
            Crash crash = new Crash(report, file, saveError);
            fx.execute(() -> show.accept(crash));
        }
    }

    private static String kind(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
    }
}
