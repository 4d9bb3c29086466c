package dev.netplayground.cli;

import dev.netplayground.engine.core.Engine;
import java.util.concurrent.CountDownLatch;

/** How serving commands run: print events until Ctrl-C (a shutdown hook) or an interrupt, then close. */
final class Serving {
    private Serving() {}

    /** Blocks until stopped; the engine is closed by the hook or by the caller's try-with-resources. */
    static int untilStopped(Engine engine, EventConsole console) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name("netpg-shutdown").unstarted(() -> {
            stopped.countDown();
            engine.close();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            console.pumpUntil(() -> stopped.getCount() == 0);
        } catch (InterruptedException e) {
            // Interrupted by whoever runs us in-process: stop cleanly, as on Ctrl-C.
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook is running.
            }
        }
        return 0;
    }
}
