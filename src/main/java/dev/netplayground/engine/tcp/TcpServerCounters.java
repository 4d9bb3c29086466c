package dev.netplayground.engine.tcp;

import java.util.concurrent.atomic.LongAdder;

/** Exact totals of one server, counted by every connection's thread; cheap under contention. */
final class TcpServerCounters {
    private final LongAdder accepted = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();

    void accepted() {
        accepted.increment();
    }

    void bytesIn(int count) {
        bytesIn.add(count);
    }

    void message() {
        messages.increment();
    }

    TcpServerStats snapshot() {
        return new TcpServerStats(accepted.sum(), messages.sum(), bytesIn.sum());
    }
}
