package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.testing.EngineExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The status bar without a window: the file work and the FX thread are the test's own thread. */
@Timeout(30)
class StatusBarViewModelTest {
    private static final Executor DIRECT = Runnable::run;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();

    private StatusBarViewModel model(Path spillFolder, long skippedByWindow) {
        return new StatusBarViewModel(engine, () -> skippedByWindow, spillFolder, DIRECT, DIRECT);
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            engine.log().emitter("tcp-server-1").emit(EventKind.RECEIVED, "peer", "line " + i);
        }
    }

    @Test
    void countsSayWhatTheLogHoldsAndThatNothingRuns(@TempDir Path folder) {
        StatusBarViewModel model = model(folder, 0);
        assertThat(model.countsProperty().get())
                .isEqualTo("0 events · 0 in memory · 0 dropped from memory · nothing running");
        publish(3);
        model.refresh();
        assertThat(model.countsProperty().get())
                .isEqualTo("3 events · 3 in memory · 0 dropped from memory · nothing running");
    }

    @Test
    void countsNameWhatTheWindowSkipped(@TempDir Path folder) {
        StatusBarViewModel model = model(folder, 2);
        assertThat(model.countsProperty().get()).endsWith(" · window skipped 2 (kept in the log)");
    }

    @Test
    void keepEverythingWritesEachEventToAFileUntilSwitchedOff(@TempDir Path folder) throws IOException {
        StatusBarViewModel model = model(folder.resolve("data"), 0);
        model.keepEverythingProperty().set(true);
        assertThat(model.spillStatusProperty().get()).startsWith("Writing every event to " + folder.resolve("data"));
        publish(2);
        model.keepEverythingProperty().set(false);

        Path file;
        try (var files = Files.list(folder.resolve("data"))) {
            file = files.findFirst().orElseThrow();
        }
        assertThat(file.getFileName().toString()).matches("events-\\d{8}-\\d{6}\\.jsonl");
        assertThat(model.spillStatusProperty().get()).isEqualTo("Kept in " + file);
        assertThat(Files.readAllLines(file)).hasSize(2).allMatch(line -> line.contains("line "));
    }

    @Test
    void aFolderThatCannotBeMadeIsNamedAndTheSwitchGoesBackOff(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("taken"), "a file, not a folder");
        StatusBarViewModel model = model(notAFolder, 0);
        model.keepEverythingProperty().set(true);
        assertThat(model.keepEverythingProperty().get()).isFalse();
        assertThat(model.spillStatusProperty().get()).startsWith("Cannot write " + notAFolder.resolve("events-"));
    }
}
