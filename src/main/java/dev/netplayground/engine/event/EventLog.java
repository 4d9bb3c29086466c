package dev.netplayground.engine.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The observable log: keeps the newest {@code capacity} events in a ring, counts what it
 * drops, and hands every event to its listeners. Thread-safe and lock-free: an event's slot is
 * its sequence number modulo the capacity, written with a compare-and-set that lets the newer
 * of two events win, so a publisher never waits on another publisher or on a reader taking a
 * {@link #snapshot()}; what it does wait on is its listeners, which must not block (the
 * window's pump only queues).
 */
public final class EventLog {
    public static final int DEFAULT_CAPACITY = 100_000;
    public static final int DEFAULT_PREVIEW_BYTES = 1024;
    /** Data events per endpoint per second logged one by one; the rest are summarised. */
    public static final int DEFAULT_DATA_EVENTS_PER_SECOND = 2_000;

    private final AtomicReferenceArray<NetEvent> ring;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
    private final int previewBytes;
    private final int dataEventsPerSecond;
    private final List<EventEmitter> emitters = new CopyOnWriteArrayList<>();

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
        this.ring = new AtomicReferenceArray<>(capacity);
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

    /** Stores the event (its sequence from {@link #nextSequence()}) and passes it to every listener. */
    void publish(NetEvent event) {
        int slot = (int) ((event.sequence() - 1) % ring.length());
        NetEvent held = ring.get(slot);
        while ((held == null || held.sequence() < event.sequence()) && !ring.compareAndSet(slot, held, event)) {
            held = ring.get(slot);
        }
        published.incrementAndGet();
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

    /**
     * The retained events in sequence order. Taken while publishers go on: an event published
     * during the copy may be in it or not, and one it pushed out may be missing.
     */
    public List<NetEvent> snapshot() {
        int capacity = ring.length();
        List<NetEvent> copy = new ArrayList<>((int) Math.min(published.get(), capacity));
        for (int i = 0; i < capacity; i++) {
            NetEvent event = ring.get(i);
            if (event != null) {
                copy.add(event);
            }
        }
        copy.sort(Comparator.comparingLong(NetEvent::sequence));
        return copy;
    }

    public int capacity() {
        return ring.length();
    }

    /** Events published since the log was made. */
    public long published() {
        return published.get();
    }

    /** Events pushed out of memory by newer ones (still in the spill file when spill is on). */
    public long dropped() {
        return Math.max(0, published.get() - ring.length());
    }
}
