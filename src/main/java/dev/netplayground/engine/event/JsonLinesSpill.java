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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appends every event to a JSON Lines file so nothing is lost when memory drops the oldest.
 * {@link #onEvent} only enqueues, never waits; one named platform thread, owned here, does the
 * writing. The queue is bounded: when the disk cannot keep up (or writing failed), the events
 * that find it full are counted in {@link #lost()} instead of growing the heap without end.
 */
public final class JsonLinesSpill implements EventListener, AutoCloseable {
    private static final NetEvent POISON =
            new NetEvent(0, 0, "", EventKind.STOPPED, Direction.NONE, "", 0, Payload.NONE, "");

    /** Events queued for the writer at most: about 100 MB of heap at worst, seconds of a flood. */
    public static final int DEFAULT_QUEUE_CAPACITY = 200_000;

    private final Path file;
    private final LinkedBlockingQueue<NetEvent> queue;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final Thread writer;
    private volatile IOException failure;

    public JsonLinesSpill(Path file) throws IOException {
        this(file, DEFAULT_QUEUE_CAPACITY);
    }

    public JsonLinesSpill(Path file, int queueCapacity) throws IOException {
        this.file = file;
        this.queue = new LinkedBlockingQueue<>(queueCapacity);
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

    /** Events that could not be written: the queue was full, or writing had failed. */
    public long lost() {
        return lost.get();
    }

    /** Why writing stopped, or null while it goes on. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void onEvent(NetEvent event) {
        if (failure != null || !queue.offer(event)) {
            lost.incrementAndGet();
        }
    }

    // An event counts as written once the flush after it succeeded; on failure, what was in
    // the batch and what is queued counts as lost, and later events are refused at once.
    private void drain(JsonGenerator json) {
        List<NetEvent> batch = new ArrayList<>();
        try (json) {
            boolean closing = false;
            while (!closing) {
                batch.add(queue.take());
                queue.drainTo(batch);
                closing = batch.remove(POISON);
                for (NetEvent event : batch) {
                    EventExport.writeJson(json, event);
                }
                json.flush();
                written.addAndGet(batch.size());
                batch.clear();
            }
        } catch (IOException e) {
            failure = e;
            lost.addAndGet(batch.size() + queue.size());
            queue.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued, then stops the writer thread. */
    @Override
    public void close() {
        try {
            while (writer.isAlive() && !queue.offer(POISON, 100, TimeUnit.MILLISECONDS)) {
                // The writer is still draining a full queue.
            }
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new UncheckedIOException("could not write the spill file " + file, failure);
        }
    }
}
