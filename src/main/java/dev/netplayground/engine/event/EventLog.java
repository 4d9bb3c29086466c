package dev.netplayground.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The observable log: keeps the newest {@code capacity} events in a ring, counts what it
 * drops, and hands every event to its listeners. Thread-safe; publishing takes one short lock
 * and never blocks on I/O.
 */
public final class EventLog {
    public static final int DEFAULT_CAPACITY = 100_000;
    public static final int DEFAULT_PREVIEW_BYTES = 1024;
    /** Data events per endpoint per second logged one by one; the rest are summarised. */
    public static final int DEFAULT_DATA_EVENTS_PER_SECOND = 2_000;

    private final NetEvent[] ring;
    private final AtomicLong sequence = new AtomicLong();
    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final int previewBytes;
    private final int dataEventsPerSecond;
    private final List<EventEmitter> emitters = new CopyOnWriteArrayList<>();
    // Guarded by lock.
    private int next;
    private long stored;
    private long dropped;

    public EventLog() {
        this(DEFAULT_CAPACITY, DEFAULT_PREVIEW_BYTES);
    }

    public EventLog(int capacity, int previewBytes) {
        this(capacity, previewBytes, DEFAULT_DATA_EVENTS_PER_SECOND);
    }

    public EventLog(int capacity, int previewBytes, int dataEventsPerSecond) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.ring = new NetEvent[capacity];
        this.previewBytes = previewBytes;
        this.dataEventsPerSecond = dataEventsPerSecond;
    }

    /** An emitter that stamps events with this log's sequence and the given endpoint id. */
    public EventEmitter emitter(String endpoint) {
        EventEmitter emitter = new EventEmitter(this, endpoint, previewBytes, dataEventsPerSecond);
        emitters.add(emitter);
        return emitter;
    }

    int dataEventsPerSecond() {
        return dataEventsPerSecond;
    }

    /** Publishes the summaries of seconds that ended; the engine's timer calls it every second. */
    public void flushSummaries() {
        emitters.forEach(EventEmitter::flushSummary);
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Stores the event and passes it to every listener. Thread-safe, non-blocking. */
    public void publish(NetEvent event) {
        synchronized (lock) {
            if (ring[next] != null) {
                dropped++;
            }
            ring[next] = event;
            next = (next + 1) % ring.length;
            stored++;
        }
        for (EventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                // A listener broke its contract; the network thread must go on.
                System.getLogger(EventLog.class.getName())
                        .log(System.Logger.Level.WARNING, "event listener " + listener + " threw " + e);
            }
        }
    }

    public void subscribe(EventListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(EventListener listener) {
        listeners.remove(listener);
    }

    /** The retained events, oldest first. */
    public List<NetEvent> snapshot() {
        synchronized (lock) {
            int size = (int) Math.min(stored, ring.length);
            List<NetEvent> copy = new ArrayList<>(size);
            int start = stored > ring.length ? next : 0;
            for (int i = 0; i < size; i++) {
                copy.add(ring[(start + i) % ring.length]);
            }
            return copy;
        }
    }

    public int capacity() {
        return ring.length;
    }

    /** Events published since the log was made. */
    public long published() {
        synchronized (lock) {
            return stored;
        }
    }

    /** Events pushed out of memory by newer ones (still in the spill file when spill is on). */
    public long dropped() {
        synchronized (lock) {
            return dropped;
        }
    }
}
