package dev.netplayground.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A child process's output, read on a thread of its own into lines to wait for (UTF-8; CR kept). */
public final class OutputLines {
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer all = new StringBuffer();
    private final Thread reader;

    public OutputLines(InputStream stream, String name) {
        reader = Thread.ofPlatform().daemon().name(name).start(() -> pump(stream));
    }

    private void pump(InputStream stream) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                all.append((char) c);
                if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        } catch (IOException e) {
            all.append("[reading failed: ").append(e).append(']');
        }
    }

    /** The next line, or null when none comes within {@code wait}. */
    public String poll(Duration wait) throws InterruptedException {
        return lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next line; fails when none comes within the timeout. */
    public String next() throws InterruptedException {
        String line = poll(TIMEOUT);
        if (line == null) {
            throw new AssertionError("no line within " + TIMEOUT.toSeconds() + " s; output so far: " + all);
        }
        return line;
    }

    /** The next {@code count} lines. */
    public List<String> next(int count) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        while (taken.size() < count) {
            taken.add(next());
        }
        return taken;
    }

    /** Everything read so far, once the stream has ended (after the process exits). */
    public String text() throws InterruptedException {
        reader.join(TIMEOUT.toMillis());
        return all.toString();
    }
}
