package dev.netplayground.cli;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.tls.ServerTls;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

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

    /**
     * What a serving command prints on stderr besides events: every {@code every} while it serves
     * (never when null) and once after it stopped, after the events of stopping. Runs on the
     * command's main thread, or on the shutdown hook after Ctrl-C.
     */
    record Report(Duration every, Runnable print) {
        static final Report NONE = new Report(null, () -> { });
    }

    private Serving() {}


    /**
     * Makes an engine, shows the chosen events on stderr (and in the events file if asked),
     * starts the server, prints {@code listening on URL} and serves until stopped.
     *
     * @return the exit code: 0 after a clean stop, 1 when the server or the events file could not start
     */
    static int serve(CliIo io, ServingOptions options, EventConsole console, Starter starter) {
        return serve(io, options.eventsFile, console, starter, Report.NONE);
    }

    /** As {@link #serve(CliIo, ServingOptions, EventConsole, Starter)}, printing {@code report} as it says. */
    static int serve(CliIo io, ServingOptions options, EventConsole console, Starter starter, Report report) {
        return serve(io, options.eventsFile, console, starter, report);
    }

    /** As {@link #serve(CliIo, ServingOptions, EventConsole, Starter)}, for commands that name their port otherwise. */
    static int serve(CliIo io, EventsFileOption eventsFile, EventConsole console, Starter starter) {
        return serve(io, eventsFile, console, starter, Report.NONE);
    }

    /** As {@link #serve(CliIo, ServingOptions, EventConsole, Starter)}; with TLS, the certificate line follows. */
    static int serve(CliIo io, ServingOptions options, EventConsole console, Starter starter, ServerTls tls) {
        return serve(io, options.eventsFile, console, starter, Report.NONE, tls);
    }

    private static int serve(CliIo io, EventsFileOption eventsFile, EventConsole console, Starter starter,
            Report report) {
        return serve(io, eventsFile, console, starter, report, null);
    }

    private static int serve(CliIo io, EventsFileOption eventsFile, EventConsole console, Starter starter,
            Report report, ServerTls tls) {
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
            if (tls != null) {
                io.err().println(tls.certificateLine());
            }
            return untilStopped(engine, console, out, report);
        } finally {
            // The engine is closed here: print what closing produced (connections closed, "stopped ...").
            console.printPending();
            out.flush();
        }
    }

    /** Blocks until stopped; the engine is closed by the hook or by the caller's try-with-resources. */
    private static int untilStopped(Engine engine, EventConsole console, PrintStream out, Report report) {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean hookRan = new AtomicBoolean();
        Thread hook = Thread.ofPlatform().name("netpg-shutdown").unstarted(() -> {
            hookRan.set(true);
            stopped.countDown();
            engine.close();
            // The JVM may halt before the main thread prints and flushes what closing produced.
            console.printPending();
            out.flush();
            report.print().run();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        long nextReport = report.every() == null ? 0 : System.nanoTime() + report.every().toNanos();
        try {
            while (stopped.getCount() > 0) {
                console.pumpUntil(() -> stopped.getCount() == 0, FLUSH_EVERY);
                out.flush();
                if (report.every() != null && stopped.getCount() > 0 && System.nanoTime() - nextReport >= 0) {
                    report.print().run();
                    nextReport += report.every().toNanos();
                }
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
        if (!hookRan.get()) {
            engine.close();
            console.printPending();
            report.print().run();
        }
        return 0;
    }
}
