package dev.netplayground.engine.core;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * What a server does when {@code accept} fails but the listening socket is fine (most often:
 * out of file descriptors): it says so and what to do, waits a moment so that its accepting
 * thread does not spin while the condition lasts, and keeps listening.
 */
public final class AcceptFailures {
    private static final long PAUSE_NANOS = 50_000_000L;

    private AcceptFailures() {}

    public static String message(IOException e) {
        return "Could not accept a connection: " + e.getMessage()
                + ". Still listening; close some connections or raise the open-files limit (ulimit -n).";
    }

    /** Blocks the accepting thread for 50 ms. */
    public static void pause() {
        LockSupport.parkNanos(PAUSE_NANOS);
    }
}
