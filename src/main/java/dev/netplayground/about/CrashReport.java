package dev.netplayground.about;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** The report of an unexpected failure (what, where, on which Java), and where it is kept. Thread-safe. */
public final class CrashReport {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final AtomicInteger WRITTEN = new AtomicInteger();

    private CrashReport() {}

    /** The report: the app, the time, the thread, Java and the system, then the stack trace. */
    public static String text(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return AppInfo.NAME + " " + AppInfo.version() + " crash report\n"
                + "Time:    " + ZonedDateTime.now() + "\n"
                + "Thread:  " + thread.getName() + "\n"
                + "Java:    " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version")
                + "; JavaFX " + System.getProperty("javafx.runtime.version", "?") + "\n"
                + "System:  " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")\n\n"
                + trace;
    }

    /** Writes a report to a new file in {@code folder} (created when needed); returns the file. */
    public static Path save(Path folder, String report) throws IOException {
        Path file = folder.resolve("crash-" + FILE_TIME.format(ZonedDateTime.now()) + "-"
                + WRITTEN.incrementAndGet() + ".txt");
        Files.createDirectories(folder);
        Files.writeString(file, report, StandardCharsets.UTF_8);
        return file;
    }
}
