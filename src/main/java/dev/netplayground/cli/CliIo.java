package dev.netplayground.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command reads and writes; the process's own, or a test's. */
public record CliIo(InputStream in, PrintStream out, PrintStream err) {
    public static CliIo system() {
        return new CliIo(System.in, System.out, System.err);
    }
}
