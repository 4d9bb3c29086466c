package dev.netplayground.cli;

import dev.netplayground.engine.proxy.TcpConditions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code proxy tcp}: relays TCP connections to a server, slowed, throttled, sliced or reset. */
@Command(
        name = "tcp",
        mixinStandardHelpOptions = true,
        description = {
            "Relay every TCP connection to --to, applying the conditions given to both directions.",
            "The first line on stderr is 'listening on tcp://HOST:PORT'; connections and each condition "
                + "applied follow (at most 50 lines a second, the rest summarised); a summary on stop (Ctrl-C)."
        })
final class ProxyTcpCommand extends IoCommand {
    @Mixin
    ProxyOptions proxy = new ProxyOptions();

    @Option(names = "--bandwidth", converter = ProxyConverters.Kbps.class, paramLabel = "KBPS",
            description = "Kilobytes (1,000 bytes) per second passed on at most, each direction.")
    Integer bandwidth;

    @Option(names = "--slice", converter = ProxyConverters.Bytes.class, paramLabel = "BYTES",
            description = "Pass data on in pieces of at most this many bytes.")
    Integer slice;

    @Option(names = "--slice-delay", converter = Converters.Millis.class, paramLabel = "MS",
            description = "Milliseconds between two pieces (with --slice).")
    Integer sliceDelay;

    @Option(names = "--reset-after", converter = ProxyConverters.Bytes.class, paramLabel = "BYTES",
            description = "Reset a connection (RST) once this many bytes have passed one way.")
    Integer resetAfter;

    @Override
    public Integer call() {
        if (sliceDelay != null && slice == null) {
            throw usageError("--slice-delay needs --slice: give the piece size too.");
        }
        TcpConditions conditions;
        try {
            conditions = new TcpConditions(proxy.latency, proxy.jitter, bandwidth == null ? 0 : bandwidth,
                    slice == null ? 0 : slice, sliceDelay == null ? 0 : sliceDelay, false,
                    resetAfter == null ? 0 : resetAfter, 0, resetAfter != null);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        return proxy.serve(io(), (engine, out) -> engine.startTcpProxy(proxy.target(), conditions, conditions).url());
    }
}
