package dev.netplayground.cli;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.EventListener;
import dev.netplayground.engine.event.NetEvent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Shows chosen events on stderr. The listener only queues (the network never waits on the
 * terminal); the command's main thread prints with {@link #pumpUntil}.
 */
final class EventConsole implements EventListener {
    private final LinkedBlockingQueue<NetEvent> queue = new LinkedBlockingQueue<>();
    private final Predicate<NetEvent> shown;
    private final PrintStream err;
    private volatile boolean failed;

    EventConsole(PrintStream err, EventKind first, EventKind... rest) {
        this(err, kindIn(EnumSet.of(first, rest)));
    }

    private static Predicate<NetEvent> kindIn(Set<EventKind> kinds) {
        return event -> kinds.contains(event.kind());
    }

    EventConsole(PrintStream err, Predicate<NetEvent> shown) {
        this.err = err;
        this.shown = shown;
    }

    @Override
    public void onEvent(NetEvent event) {
        if (event.kind() == EventKind.FAILED) {
            failed = true;
        }
        if (shown.test(event)) {
            queue.add(event);
        }
    }

    /** Whether a FAILED event was seen. */
    boolean sawFailure() {
        return failed;
    }

    /** Prints events until {@code done} is true; then prints what is left. */
    void pumpUntil(BooleanSupplier done) throws InterruptedException {
        pumpUntil(done, Long.MAX_VALUE);
    }

    /** Prints events until {@code done} is true or {@code max} has passed; then prints what is left. */
    void pumpUntil(BooleanSupplier done, Duration max) throws InterruptedException {
        pumpUntil(done, max.toNanos());
    }

    private void pumpUntil(BooleanSupplier done, long maxNanos) throws InterruptedException {
        long start = System.nanoTime();
        while (!done.getAsBoolean() && System.nanoTime() - start < maxNanos) {
            NetEvent event = queue.poll(50, TimeUnit.MILLISECONDS);
            if (event != null) {
                print(event);
            }
        }
        printPending();
    }

    void printPending() {
        NetEvent event;
        while ((event = queue.poll()) != null) {
            print(event);
        }
    }

    private void print(NetEvent event) {
        if (event.kind() == EventKind.FAILED) {
            err.println("error: " + event.message());
            return;
        }
        StringBuilder line = new StringBuilder(event.kind().name().toLowerCase(Locale.ROOT));
        if (!event.peer().isEmpty()) {
            line.append(' ').append(event.peer());
        }
        if (!event.message().isEmpty()) {
            line.append(": ").append(event.message());
        }
        err.println(line);
    }
}
