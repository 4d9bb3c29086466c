package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.testing.LineSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnexpectedFailureTest {
    @Test
    void aBugIsOneLineOnTheTerminalAndItsStackTraceIsSavedInAReport(@TempDir Path folder) throws Exception {
        LineSink err = new LineSink();
        Thread thread = Thread.ofVirtual().name("netpg-worker").unstarted(() -> { });

        new UnexpectedFailure(err.printStream(), folder).uncaughtException(thread, new IllegalStateException("boom"));

        List<Path> reports;
        try (Stream<Path> files = Files.list(folder)) {
            reports = files.toList();
        }
        assertThat(reports).hasSize(1);
        assertThat(err.text()).isEqualTo("error: internal failure on thread netpg-worker "
                + "(IllegalStateException: boom); the report is in " + reports.get(0) + ". Please report it.\n");
        assertThat(Files.readString(reports.get(0))).contains("Thread:  netpg-worker")
                .contains("java.lang.IllegalStateException: boom").contains("\tat ");
    }
}
