package dev.netplayground.cli;

import dev.netplayground.engine.proxy.UdpConditions;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code proxy udp}: relays datagrams to a server and its replies back, delayed, lost, copied or reordered. */
@Command(
        name = "udp",
        mixinStandardHelpOptions = true,
        description = {
            "Relay datagrams to --to (and replies back to their client), applying the conditions given "
                + "to both directions; percentages are per datagram.",
            "The first line on stderr is 'listening on udp://HOST:PORT'; each condition applied follows "
                + "(at most 50 lines a second, the rest summarised); a summary with the seed on stop (Ctrl-C).",
            "The same --seed and the same traffic meet the same conditions."
        })
final class ProxyUdpCommand extends IoCommand {
    @Mixin
    ProxyOptions proxy = new ProxyOptions();

    @Option(names = "--loss", defaultValue = "0", converter = ProxyConverters.Percent.class, paramLabel = "PCT",
            description = "Datagrams dropped, in percent.")
    double loss;

    @Option(names = "--burst", defaultValue = "1", converter = ProxyConverters.Burst.class, paramLabel = "N",
            description = "Drop datagrams in runs of N (the average stays --loss; default: 1, independently).")
    int burst;

    @Option(names = "--duplicate", defaultValue = "0", converter = ProxyConverters.Percent.class,
            paramLabel = "PCT", description = "Datagrams sent twice, in percent.")
    double duplicate;

    @Option(names = "--reorder", defaultValue = "0", converter = ProxyConverters.Percent.class, paramLabel = "PCT",
            description = "Datagrams held back and sent after the next one, in percent.")
    double reorder;

    @Option(names = "--seed", converter = ProxyConverters.Seed.class, paramLabel = "N",
            description = "Seed of the random draws (default: a new one each run, shown in the summary).")
    Integer seed;

    @Override
    public Integer call() {
        UdpConditions conditions;
        try {
            conditions = new UdpConditions(proxy.latency, proxy.jitter, loss, burst, duplicate, reorder);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        long chosen = seed != null ? seed : ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
        return proxy.serve(io(),
                (engine, out) -> engine.startUdpProxy(proxy.target(), conditions, conditions, chosen).url());
    }
}
