package dev.netplayground.cli;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * How serving commands run: start one server, print events until Ctrl-C (a shutdown hook) or an interrupt,
 * then close.
 */
final class Serving {
    /** How often what the server printed on stdout is flushed: often enough to look immediate. */
    private static final Duration FLUSH_EVERY = Duration.ofMillis(50);

    /**
     * Binds the command's server on the engine; returns its URL. The server prints what it
     * receives on {@code out}: a buffered stdout (no system call per line) that serving flushes
     * every {@link #FLUSH_EVERY} and on stop. Lock {@code out} to keep a multi-part line whole.
     */
    @FunctionalInterface
    interface Starter {
        String start(Engine engine, PrintStream out) throws EndpointStartException;
    }

    private Serving() {}

    /**
     * Makes an engine, shows the chosen events on stderr (and in the events file if asked),
     * starts the server, prints {@code listening on URL} and serves until stopped.
     *
     * @return the exit code: 0 after a clean stop, 1 when the server or the events file could not start
     */
    static int serve(CliIo io, ServingOptions options, EventConsole console, Starter starter) {
        return serve(io, options.eventsFile, console, starter);
    }

    /** As {@link #serve(CliIo, ServingOptions, EventConsole, Starter)}, for commands that name their port otherwise. */
    static int serve(CliIo io, EventsFileOption eventsFile, EventConsole console, Starter starter) {
        PrintStream out = new PrintStream(new BufferedOutputStream(io.out(), 64 * 1024), false);
        try (Engine engine = new Engine()) {
            engine.log().subscribe(console);
            if (!eventsFile.apply(engine, io.err())) {
                return 1;
            }
            String url;
            try {
                url = starter.start(engine, out);
            } catch (EndpointStartException e) {
                // The engine published the failure: the console prints it, once, on the way out.
                return 1;
            }
            io.err().println("listening on " + url);
            return untilStopped(engine, console, out);
        } finally {
            // The engine is closed here: print what closing produced (connections closed, "stopped ...").
            console.printPending();
            out.flush();
        }
    }

    /** Blocks until stopped; the engine is closed by the hook or by the caller's try-with-resources. */
    private static int untilStopped(Engine engine, EventConsole console, PrintStream out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name("netpg-shutdown").unstarted(() -> {
            stopped.countDown();
            engine.close();
            // The JVM may halt before the main thread prints and flushes what closing produced.
            console.printPending();
            out.flush();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            while (stopped.getCount() > 0) {
                console.pumpUntil(() -> stopped.getCount() == 0, FLUSH_EVERY);
                out.flush();
            }
        } catch (InterruptedException e) {
            // Interrupted by whoever runs us in-process: stop cleanly, as on Ctrl-C.
        } finally {
            out.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook is running.
            }
        }
        return 0;
    }
}
