package dev.netplayground.engine.proxy;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts every condition a proxy applies, exactly, and logs the first {@link #LINES_PER_SECOND}
 * of each second one by one ("delayed 52 ms"); the rest of that second become one summary line
 * per kind, as the log does with bulk data events. Thread-safe.
 */
public final class ConditionLog {
    static final int LINES_PER_SECOND = 50;
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final EventEmitter events;
    private final Map<ConditionKind, LongAdder> totals = new EnumMap<>(ConditionKind.class);
    private final Map<ConditionKind, LongAdder> unlogged = new EnumMap<>(ConditionKind.class);
    private final AtomicInteger logged = new AtomicInteger();
    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());

    ConditionLog(EventEmitter events) {
        this.events = events;
        for (ConditionKind kind : ConditionKind.values()) {
            totals.put(kind, new LongAdder());
            unlogged.put(kind, new LongAdder());
        }
    }

    /** Counts one condition; logs {@code message} (built only when logged) if this second's budget allows. */
    void applied(ConditionKind kind, String peer, Supplier<String> message) {
        totals.get(kind).increment();
        rollIfDue(System.nanoTime());
        if (logged.get() < LINES_PER_SECOND && logged.incrementAndGet() <= LINES_PER_SECOND) {
            events.emit(EventKind.CONDITION, peer, message.get());
        } else {
            unlogged.get(kind).increment();
        }
    }

    /** How many times {@code kind} was applied since the proxy started. */
    public long count(ConditionKind kind) {
        return totals.get(kind).sum();
    }

    /** Every kind's count, in declaration order. */
    public Map<ConditionKind, Long> counts() {
        Map<ConditionKind, Long> counts = new EnumMap<>(ConditionKind.class);
        totals.forEach((kind, total) -> counts.put(kind, total.sum()));
        return counts;
    }

    /** Logs what the ended second counted but did not log; the proxy's timer calls it every second. */
    void flush() {
        rollIfDue(System.nanoTime());
    }

    /** Logs every count not yet logged, whatever the time; when the proxy stops. */
    void flushNow() {
        summarise();
    }

    private void rollIfDue(long now) {
        long start = windowStart.get();
        if (now - start >= WINDOW_NANOS && windowStart.compareAndSet(start, now)) {
            summarise();
            logged.set(0);
        }
    }

    private void summarise() {
        for (ConditionKind kind : ConditionKind.values()) {
            long count = unlogged.get(kind).sumThenReset();
            if (count > 0) {
                events.emit(EventKind.CONDITION, "", String.format(Locale.ROOT,
                        "summarised: %s %,d more times, beyond the %d conditions logged one by one per second",
                        kind.label(), count, LINES_PER_SECOND));
            }
        }
    }

    /** {@code delayed 3, dropped 12}: the kinds applied at least once; "none" when none was. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        counts().forEach((kind, count) -> {
            if (count > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(kind.label()).append(' ').append(count);
            }
        });
        return text.isEmpty() ? "no conditions applied" : text.toString();
    }
}
