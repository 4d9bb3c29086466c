package dev.netplayground.testing;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.EventListener;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Records a log's events and waits for them with a timeout (OkHttp's EventRecorder, simplified). */
public final class EventRecorder implements EventListener {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<NetEvent> events = new CopyOnWriteArrayList<>();
    private final Object signal = new Object();

    public static EventRecorder on(EventLog log) {
        EventRecorder recorder = new EventRecorder();
        log.subscribe(recorder);
        return recorder;
    }

    @Override
    public void onEvent(NetEvent event) {
        events.add(event);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public List<NetEvent> events() {
        return new ArrayList<>(events);
    }

    public List<NetEvent> events(String endpoint, EventKind kind) {
        return events.stream().filter(e -> e.endpoint().equals(endpoint) && e.kind() == kind).toList();
    }

    /** Waits until at least {@code count} events match; fails with what was seen after the timeout. */
    public List<NetEvent> await(Predicate<NetEvent> match, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (signal) {
            while (true) {
                List<NetEvent> matching = events.stream().filter(match).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + count + " matching events; got "
                            + matching.size() + "; all events: " + events);
                }
                signal.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    public NetEvent await(String endpoint, EventKind kind) throws InterruptedException {
        return await(e -> e.endpoint().equals(endpoint) && e.kind() == kind, 1).get(0);
    }
}
