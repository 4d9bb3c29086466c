package dev.netplayground.cli;

import dev.netplayground.engine.load.FutureDemo;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code future-demo}: the talk's two tasks, blocking then concurrent, with a timeline. */
@Command(
        name = "future-demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run the talk's two tasks one after the other, then concurrently, and print when each",
            "started and finished: 1, 1, 2, 2 in the sum of the times, versus 1, 2, 2, 1 in the longest."
        })
final class FutureDemoCommand extends IoCommand {
    @Option(names = "--task1", defaultValue = "5000", converter = Converters.Millis.class,
            description = "How long task 1 sleeps, in ms (default: ${DEFAULT-VALUE}).")
    int task1;

    @Option(names = "--task2", defaultValue = "3000", converter = Converters.Millis.class,
            description = "How long task 2 sleeps, in ms (default: ${DEFAULT-VALUE}).")
    int task2;

    @Override
    public Integer call() throws InterruptedException {
        for (FutureDemo.Mode mode : List.of(FutureDemo.Mode.BLOCKING, FutureDemo.Mode.CONCURRENT)) {
            FutureDemo.Run run = FutureDemo.run(mode, Duration.ofMillis(task1), Duration.ofMillis(task2));
            io().out().println(mode == FutureDemo.Mode.BLOCKING
                    ? "Blocking (one after the other):" : "Concurrent (joined):");
            run.steps().forEach(step -> io().out().println("  " + step));
            io().out().println("  total " + run.totalMillis() + " ms");
        }
        return 0;
    }
}
