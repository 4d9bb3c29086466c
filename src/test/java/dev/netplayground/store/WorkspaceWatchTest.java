package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.testing.Queues;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watch reports what others change, in order, and not what this workspace wrote itself. */
@Timeout(60)
class WorkspaceWatchTest {
    private record Change(ItemKey key, Revision onDisk) {}

    @TempDir
    Path dir;

    private final LinkedBlockingQueue<Change> changes = new LinkedBlockingQueue<>();

    /** Skips states seen on the way (a file written in two steps) until {@code key} is at {@code onDisk}. */
    private void awaitChange(ItemKey key, Revision onDisk) throws InterruptedException {
        Change change;
        do {
            change = next();
            assertThat(change.key()).isEqualTo(key);
        } while (!change.onDisk().equals(onDisk));
    }

    private Change next() throws InterruptedException {
        return Queues.next(changes, Duration.ofSeconds(20), "change reported");
    }

    @Test
    void changesByOthersAreReportedAndOwnWritesAreNot() throws Exception {
        Workspace workspace = new Workspace(dir);
        ItemKey hello = new ItemKey(ItemKind.MESSAGES, "hello");
        ItemKey other = new ItemKey(ItemKind.MESSAGES, "other");
        try (WorkspaceWatch watch = workspace.watch((key, onDisk) -> changes.add(new Change(key, onDisk)))) {
            workspace.save(hello, Items.HELLO, Revision.NONE);
            // Someone else writes another file: its change must be the first one reported.
            new Workspace(dir).save(other, Items.PING, Revision.NONE);
            Change first = next();
            assertThat(first.key()).isEqualTo(other);
            assertThat(first.onDisk()).isEqualTo(new Workspace(dir).revisionOnDisk(other));

            Files.writeString(dir.resolve("messages/hello.json"), "{ edited by hand");
            awaitChange(hello, Revision.of("{ edited by hand".getBytes(StandardCharsets.UTF_8)));

            Files.delete(dir.resolve("messages/hello.json"));
            awaitChange(hello, Revision.NONE);
            assertThat(watch.isRunning()).isTrue();
        }
    }

    @Test
    void aKindFolderMadeAfterTheWatchStartedIsWatchedToo() throws Exception {
        Workspace workspace = new Workspace(dir);
        try (WorkspaceWatch watch = workspace.watch((key, onDisk) -> changes.add(new Change(key, onDisk)))) {
            Path file = dir.resolve("sequences/warm up.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{\"format\": 1, \"steps\": [\"hello\"], \"delayMillis\": 0}");

            assertThat(next().key()).isEqualTo(new ItemKey(ItemKind.SEQUENCES, "warm up"));
        }
    }

    @Test
    void closingEndsTheThread() throws Exception {
        WorkspaceWatch watch = new Workspace(dir).watch((key, onDisk) -> { });
        assertThat(watch.isRunning()).isTrue();

        watch.close();

        assertThat(watch.isRunning()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("netpg-workspace-watch"));
    }
}
