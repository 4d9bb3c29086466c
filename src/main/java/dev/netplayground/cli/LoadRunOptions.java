package dev.netplayground.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code --duration} and {@code --json}: how long every {@code load} command runs and how it prints its result. */
final class LoadRunOptions {
    @Option(names = {"-d", "--duration"}, defaultValue = "10", converter = Converters.Seconds.class,
            description = "Seconds to run (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    /** Prints the result on one line: as {@code asJson} says with {@code --json}, else as {@code asText} says. */
    <R> void print(PrintStream out, R result, Function<R, String> asJson, Function<R, String> asText) {
        out.println(json ? asJson.apply(result) : asText.apply(result));
    }
}
