package dev.netplayground.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.store.AppHome;
import dev.netplayground.store.Session;
import dev.netplayground.store.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debounced writer alone: its timer and its writing thread are lists the test runs by hand. */
class SessionAutosaveTest {
    private static final Session LIGHT = themed("light");
    private static final Session DARK = themed("dark");

    @TempDir
    Path home;
    private final List<Long> delays = new ArrayList<>();
    private final List<Runnable> dueOnTimer = new ArrayList<>();
    private final List<Runnable> dueOnIo = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Session shown = LIGHT;

    private static Session themed(String theme) {
        return new Session(null, Map.of(), "tcpTab", theme, 1.0, Map.of(), List.of(), null, null);
    }

    private SessionAutosave autosave(SessionStore store, Session onDisk) {
        return new SessionAutosave(store, onDisk, () -> shown, (delay, task) -> {
            delays.add(delay);
            dueOnTimer.add(task);
        }, 3_000, Runnable::run, dueOnIo::add, failures::add);
    }

    private SessionStore store() {
        return SessionStore.in(new AppHome(home, home));
    }

    private static void runAll(List<Runnable> due) {
        List<Runnable> now = List.copyOf(due);
        due.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void anIdleWindowSchedulesNothingAndClosingUnchangedWritesNothing() {
        SessionAutosave autosave = autosave(store(), LIGHT);

        autosave.close();

        assertThat(dueOnTimer).isEmpty();
        assertThat(home.resolve("session.json")).doesNotExist();
    }

    @Test
    void changesWithinTheDelayAreWrittenOnceOffTheFxThreadWithTheNewestState() {
        SessionAutosave autosave = autosave(store(), LIGHT);

        autosave.changed();
        autosave.changed();
        shown = DARK;

        assertThat(delays).containsExactly(3_000L);
        runAll(dueOnTimer);
        assertThat(home.resolve("session.json")).doesNotExist();
        assertThat(dueOnIo).hasSize(1);
        runAll(dueOnIo);
        assertThat(store().load().session()).isEqualTo(DARK);
        autosave.changed();
        assertThat(dueOnTimer).hasSize(1);
    }

    @Test
    void aChangeUndoneBeforeTheDelayEndsWritesNothing() {
        SessionAutosave autosave = autosave(store(), LIGHT);

        shown = DARK;
        autosave.changed();
        shown = LIGHT;
        runAll(dueOnTimer);

        assertThat(dueOnIo).isEmpty();
    }

    @Test
    void writesThatRunOutOfOrderLeaveTheNewestSessionInTheFile() {
        SessionAutosave autosave = autosave(store(), null);
        autosave.changed();
        runAll(dueOnTimer);
        shown = DARK;
        autosave.changed();
        runAll(dueOnTimer);
        assertThat(dueOnIo).hasSize(2);

        dueOnIo.get(1).run();
        dueOnIo.get(0).run();

        assertThat(store().load().session()).isEqualTo(DARK);
    }

    @Test
    void closingWritesAtOnceAndNothingIsWrittenOrScheduledAfter() {
        SessionAutosave autosave = autosave(store(), LIGHT);
        autosave.changed();
        shown = DARK;

        autosave.close();

        assertThat(store().load().session()).isEqualTo(DARK);
        shown = LIGHT;
        runAll(dueOnTimer);
        autosave.changed();
        assertThat(dueOnIo).isEmpty();
        assertThat(dueOnTimer).isEmpty();
    }

    @Test
    void aFailedWriteIsReportedAndTriedAgainAtTheNextChange() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("file"), "");
        SessionAutosave autosave = autosave(new SessionStore(notAFolder.resolve("session.json")), LIGHT);
        shown = DARK;
        autosave.changed();
        runAll(dueOnTimer);
        runAll(dueOnIo);

        assertThat(failures).singleElement().asString()
                .startsWith("The session could not be saved to " + notAFolder.resolve("session.json") + " (");
        autosave.changed();
        runAll(dueOnTimer);
        assertThat(dueOnIo).hasSize(1);
    }
}
