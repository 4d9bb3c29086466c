package dev.netplayground.cli;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.proxy.ProxyTarget;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What both proxies take: where to listen, where to relay, the latency each way, the events file. */
final class ProxyOptions {
    @Option(names = {"-l", "--listen"}, required = true, converter = Converters.ListenPort.class,
            paramLabel = "PORT", description = "Port to listen on; 0 picks a free one.")
    int listen;

    @Option(names = {"-b", "--bind"}, defaultValue = "127.0.0.1", converter = Converters.BindAddress.class,
            paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = {"-t", "--to"}, required = true, converter = ProxyConverters.Target.class,
            paramLabel = "HOST:PORT", description = "The server to relay to.")
    ProxyConverters.HostPort to;

    @Option(names = "--latency", defaultValue = "0", converter = Converters.Millis.class, paramLabel = "MS",
            description = "Milliseconds added each way (a round trip gets twice as many).")
    int latency;

    @Option(names = "--jitter", defaultValue = "0", converter = Converters.Millis.class, paramLabel = "MS",
            description = "The latency varies by up to this much either way; at most --latency.")
    int jitter;

    @Mixin
    EventsFileOption eventsFile = new EventsFileOption();

    ProxyTarget target() {
        return new ProxyTarget(bind, listen, to.host(), to.port());
    }

    /**
     * Serves the proxy {@code start} starts until stopped, showing on stderr its connections or clients, each
     * condition applied, failures and the summary.
     */
    int serve(CliIo io, Serving.Starter start) {
        EventConsole console = new EventConsole(io.err(), EventKind.ACCEPTED, EventKind.CLOSED, EventKind.CONDITION,
                EventKind.FAILED, EventKind.STOPPED);
        return Serving.serve(io, eventsFile, console, start);
    }
}
