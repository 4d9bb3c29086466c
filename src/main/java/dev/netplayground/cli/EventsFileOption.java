package dev.netplayground.cli;

import dev.netplayground.engine.core.Engine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --events-file FILE}: every event of the run is also appended to a JSON Lines file. */
final class EventsFileOption {
    @Option(names = "--events-file", paramLabel = "FILE", converter = Converters.FilePath.class,
            description = "Also append every event (connections, messages, failures) to FILE as JSON Lines; "
                    + "\"seq\" orders them (events of different threads may be written a few places apart).")
    Path file;

    /** Starts spilling when asked; false (after saying why) when the file cannot be opened. */
    boolean apply(Engine engine, PrintStream err) {
        if (file == null) {
            return true;
        }
        try {
            engine.spillTo(file);
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the events file " + file + ": " + e.getMessage());
            return false;
        }
    }
}
