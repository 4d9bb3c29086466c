package dev.netplayground.engine.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appends every event to a JSON Lines file so nothing is lost when memory drops the oldest.
 * {@link #onEvent} only enqueues; one named platform thread, owned here, does the writing.
 */
public final class JsonLinesSpill implements EventListener, AutoCloseable {
    private static final NetEvent POISON =
            new NetEvent(0, 0, "", EventKind.STOPPED, Direction.NONE, "", 0, Payload.NONE, "");

    private final Path file;
    private final LinkedBlockingQueue<NetEvent> queue = new LinkedBlockingQueue<>();
    private final AtomicLong written = new AtomicLong();
    private final Thread writer;
    private volatile IOException failure;

    public JsonLinesSpill(Path file) throws IOException {
        this.file = file;
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
        this.writer = Thread.ofPlatform().name("netpg-spill").daemon().unstarted(() -> drain(json));
        writer.start();
    }

    public Path file() {
        return file;
    }

    /** Events written to the file so far. */
    public long written() {
        return written.get();
    }

    @Override
    public void onEvent(NetEvent event) {
        queue.add(event);
    }

    private void drain(JsonGenerator json) {
        List<NetEvent> batch = new ArrayList<>();
        try (json) {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch);
                for (NetEvent event : batch) {
                    if (event == POISON) {
                        json.flush();
                        return;
                    }
                    EventExport.writeJson(json, event);
                    written.incrementAndGet();
                }
                batch.clear();
                json.flush();
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued, then stops the writer thread. */
    @Override
    public void close() {
        queue.add(POISON);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new UncheckedIOException("could not write the spill file " + file, failure);
        }
    }
}
