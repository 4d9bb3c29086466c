package dev.netplayground.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An output stream that hands each written line to a queue, for waiting on a command's output. */
public final class LineSink extends OutputStream {
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final StringBuilder all = new StringBuilder();

    public PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String line = current.toString(StandardCharsets.UTF_8);
            current.reset();
            all.append(line).append('\n');
            lines.add(line);
        } else {
            current.write(b);
        }
    }

    /** The next whole line, waiting up to 10 s; fails if none comes. */
    public String nextLine() throws InterruptedException {
        String line = lines.poll(10, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no line within 10 s; output so far: " + text());
        }
        return line;
    }

    /** Waits for a line containing {@code text}; fails after 10 s. */
    public String awaitLineContaining(String text) throws InterruptedException {
        while (true) {
            String line = nextLine();
            if (line.contains(text)) {
                return line;
            }
        }
    }

    public synchronized String text() {
        return all + current.toString(StandardCharsets.UTF_8);
    }
}
