package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
    @TempDir
    Path home;

    private SessionStore store() {
        return SessionStore.in(new AppHome(home, home));
    }

    @Test
    void aSavedSessionComesBackWhole() throws Exception {
        Session session = new Session(new Session.WindowGeometry(10, 20, 1200, 800, true),
                Map.of("mainSplit", 0.7), "httpTab", "dark", 1.25,
                Map.of("tcpClientHost", "127.0.0.1", "tcpClientPort", "5000"),
                List.of(new Session.HttpHistoryEntry("2026-12-01T10:00:00Z", Items.POST_FIVE, "200 OK")),
                new Session.LogFilters("tcp-server-1", List.of("RECEIVED", "SENT"), "IN", "hello", true),
                "/home/someone/project/net");

        store().save(session);

        assertThat(home.resolve("session.json")).exists();
        assertThat(store().load()).isEqualTo(new SessionStore.Restored(session, java.util.Optional.empty()));
    }

    @Test
    void theHttpHistoryKeepsTheNewestHundred() {
        List<Session.HttpHistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            history.add(new Session.HttpHistoryEntry("t" + i, Items.GET_ME, "200 OK"));
        }

        Session session = new Session(null, null, null, null, 1.0, null, history, null, null);

        assertThat(session.httpHistory()).hasSize(100);
        assertThat(session.httpHistory().get(0).time()).isEqualTo("t50");
        assertThat(session.httpHistory().get(99).time()).isEqualTo("t149");
    }

    @Test
    void noFileIsAnEmptySessionAndAnEmptyFileIsOnlyFields() throws Exception {
        assertThat(store().load().session()).isEqualTo(Session.EMPTY);
        assertThat(store().load().problem()).isEmpty();

        Files.writeString(home.resolve("session.json"), "{\"format\": 1, \"theme\": \"dark\"}");

        assertThat(store().load().problem()).isEmpty();
        assertThat(store().load().session().theme()).isEqualTo("dark");
        assertThat(store().load().session().textScale()).isEqualTo(1.0);
    }

    @Test
    void anUnreadableSessionIsReportedAndKeptBeforeItIsOverwritten() throws Exception {
        Path file = home.resolve("session.json");
        Files.writeString(file, "{\"format\": 1, \"theme\": 5}");

        SessionStore.Restored restored = store().load();

        assertThat(restored.session()).isEqualTo(Session.EMPTY);
        assertThat(restored.problem().orElseThrow()).startsWith(file + ", line 1, column 24: 'theme' must be text "
                + "in double quotes, not 5. It is kept as " + file + ".unreadable-");
        store().save(Session.EMPTY);
        try (Stream<Path> files = Files.list(home)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("session.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertThat(kept).hasContent("{\"format\": 1, \"theme\": 5}");
        }
    }
}
