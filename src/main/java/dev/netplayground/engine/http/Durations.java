package dev.netplayground.engine.http;

import java.time.Duration;

/** Timeouts as the server's messages say them. Pure. */
final class Durations {
    private Durations() {}

    /** Whole seconds as {@code 20 s}, anything else in milliseconds, as {@code 200 ms}. */
    static String text(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
