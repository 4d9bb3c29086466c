package dev.netplayground.cli;

import dev.netplayground.about.CrashReport;
import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.store.AppHome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A failure the program did not expect (a bug): the stack trace goes to a crash report under the
 * app's data folder, and the terminal gets one line saying so. Thread-safe.
 */
final class UnexpectedFailure implements Thread.UncaughtExceptionHandler {
    private final PrintStream err;
    private final Path folder;

    UnexpectedFailure(PrintStream err) {
        this(err, AppHome.current().crashReports());
    }

    UnexpectedFailure(PrintStream err, Path folder) {
        this.err = err;
        this.folder = folder;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report(thread, error);
    }

    /** Saves the report and prints one line about it. */
    void report(Thread thread, Throwable error) {
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        String where;
        try {
            where = "the report is in " + CrashReport.save(folder, CrashReport.text(thread, error));
        } catch (IOException | RuntimeException e) {
            where = "the report could not be saved under " + folder;
        }
        err.println("error: internal failure on thread " + thread.getName() + " (" + TextCodec.escapeControls(what)
                + "); " + where + ". Please report it.");
    }
}
