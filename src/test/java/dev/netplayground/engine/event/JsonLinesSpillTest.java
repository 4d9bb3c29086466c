package dev.netplayground.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSpillTest {
    @Test
    @Timeout(30)
    @EnabledOnOs(OS.LINUX)
    void whenTheDiskCannotKeepUpTheQueueStaysBoundedAndEveryEventIsWrittenOrCounted(@TempDir Path dir)
            throws Exception {
        // A pipe nobody reads yet stands for a disk that stopped: the writer blocks once the
        // pipe's buffer is full, and the bounded queue behind it fills.
        Path pipe = dir.resolve("stalled");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CompletableFuture<InputStream> reader = CompletableFuture.supplyAsync(() -> open(pipe));
        int total = 20_000;
        EventLog log = new EventLog(10, 16);
        JsonLinesSpill spill = new JsonLinesSpill(pipe, 100);
        log.subscribe(spill);
        EventEmitter emitter = log.emitter("udp-receiver-1");
        for (int i = 0; i < total; i++) {
            emitter.emit(EventKind.RECEIVED, "127.0.0.1:9", "a message long enough to fill a pipe " + i);
        }
        assertThat(spill.lost()).isPositive();
        try (InputStream in = reader.get(10, TimeUnit.SECONDS)) {
            CompletableFuture<Long> lines = CompletableFuture.supplyAsync(() -> countLines(in));
            spill.close();
            assertThat(lines.get(10, TimeUnit.SECONDS)).isEqualTo(spill.written());
        }
        assertThat(spill.written() + spill.lost()).isEqualTo(total);
        assertThat(spill.failure()).isNull();
    }

    @Test
    @Timeout(30)
    @EnabledOnOs(OS.LINUX)
    void aFailedWriteIsReportedAndEveryEventAfterItCounted() throws Exception {
        EventLog log = new EventLog(10, 16);
        JsonLinesSpill spill = new JsonLinesSpill(Path.of("/dev/full"));
        log.subscribe(spill);
        EventEmitter emitter = log.emitter("tcp-server-1");
        emitter.emit(EventKind.STARTED, "", "the first event fails to write: the device is full");
        while (spill.failure() == null) {
            Thread.onSpinWait();
        }
        for (int i = 0; i < 5; i++) {
            emitter.emit(EventKind.RECEIVED, "", "after the failure");
        }
        assertThat(spill.written()).isZero();
        assertThat(spill.lost()).isEqualTo(6);
        assertThatThrownBy(spill::close).isInstanceOf(UncheckedIOException.class).hasMessageContaining("/dev/full");
    }

    private static InputStream open(Path pipe) {
        try {
            return Files.newInputStream(pipe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countLines(InputStream in) {
        try {
            long lines = 0;
            byte[] buffer = new byte[65_536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
