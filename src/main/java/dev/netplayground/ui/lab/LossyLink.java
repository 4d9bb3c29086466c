package dev.netplayground.ui.lab;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.load.Latencies;
import dev.netplayground.engine.load.LoadConfig;
import dev.netplayground.engine.load.LoadResult;
import dev.netplayground.engine.load.LoadRun;
import dev.netplayground.engine.load.UdpFlood;
import dev.netplayground.engine.proxy.ConditionKind;
import dev.netplayground.engine.proxy.ProxyDirection;
import dev.netplayground.engine.proxy.ProxyTarget;
import dev.netplayground.engine.proxy.TcpConditions;
import dev.netplayground.engine.proxy.TcpProxy;
import dev.netplayground.engine.proxy.UdpConditions;
import dev.netplayground.engine.proxy.UdpProxy;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.udp.SequenceStamp;
import dev.netplayground.engine.udp.UdpQuality;
import dev.netplayground.engine.udp.UdpReceiver;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The Lab's lossy-link experiment: TCP echo through a proxy adding 20 ms ± 5 ms each way, then a
 * sequence-stamped UDP stream through a proxy with the same latency that also drops 5 % of the
 * datagrams (seeded), and what each protocol made of it. Runs on the caller's (task) thread.
 */
final class LossyLink {
    static final int LATENCY_MILLIS = 20;
    static final int JITTER_MILLIS = 5;
    static final double LOSS_PERCENT = 5;
    static final long SEED = 1;
    static final String TCP_ROW = "TCP via the link";
    static final String UDP_ROW = "UDP via the link";
    /** Datagrams per second when the Lab's rate is 0 ("as fast as echoes come back" means nothing to UDP). */
    static final long DEFAULT_UDP_RATE = 2_000;

    private static final TcpConditions TCP_LINK =
            new TcpConditions(LATENCY_MILLIS, JITTER_MILLIS, 0, 0, 0, false, 0, 0, false);
    private static final UdpConditions UDP_LINK = new UdpConditions(LATENCY_MILLIS, JITTER_MILLIS, 0, 1, 0, 0);
    private static final UdpConditions UDP_LOSSY_LINK =
            new UdpConditions(LATENCY_MILLIS, JITTER_MILLIS, LOSS_PERCENT, 1, 0, 0);

    /**
     * What the two runs measured.
     *
     * @param tcp        the echo run through the link
     * @param udpSent    datagrams the sender sent
     * @param udp        the receiver's quality report of the stream (null when none arrived)
     * @param udpSeconds how long the sender sent
     * @param udpBytes   bytes per datagram
     */
    record Outcome(LoadResult tcp, long udpSent, UdpQuality udp, double udpSeconds, int udpBytes) {
        /** The UDP stream in the table's terms: a datagram is a message; no round trips, so no latencies. */
        LoadResult udpRow() {
            long received = udp == null ? 0 : udp.received();
            Map<String, Long> faults = new LinkedHashMap<>();
            if (udp != null) {
                putIfAny(faults, "lost", udp.lost());
                putIfAny(faults, "reordered", udp.reordered());
                putIfAny(faults, "duplicated", udp.duplicated());
            }
            return new LoadResult(1, 1, received, received * udpBytes, udpSeconds, new Latencies(0, 0, 0, 0, 0),
                    faults);
        }

        private static void putIfAny(Map<String, Long> faults, String kind, long count) {
            if (count > 0) {
                faults.put(kind, count);
            }
        }

        /** What happened, in a sentence or two for people. */
        String explanation() {
            String tcpPart = String.format(Locale.ROOT, "TCP echoed every line, in order, but each round trip "
                    + "crossed the link twice: p99 %.0f ms, %,.0f lines/s", tcp.latencies().p99Nanos() / 1e6,
                    tcp.messagesPerSecond());
            if (udp == null) {
                return tcpPart + "; no UDP datagram arrived.";
            }
            return tcpPart + String.format(Locale.ROOT, ". UDP kept its pace (%,.0f datagrams/s) but lost %,d of "
                    + "%,d (%.1f %%), %,d arrived out of order, jitter %.1f ms: nothing resends or reorders "
                    + "datagrams; an application on UDP must, if it cares.", udp.received() / udpSeconds, udp.lost(),
                    udp.expected(), udp.lostPercent(), udp.reordered(), udp.jitterMs());
        }
    }

    private LossyLink() {}

    /**
     * Runs the TCP part, then (unless {@code stopped}) the UDP part, each for {@code duration}.
     *
     * @param onTcp called with the TCP run once it started, to sample it live
     */
    static Outcome run(Engine engine, int clients, Duration duration, int bytes, double perClient,
            Consumer<LoadRun> onTcp, BooleanSupplier stopped)
            throws EndpointStartException, IOException, ExecutionException, InterruptedException {
        LoadResult tcp = tcpThroughLink(engine, clients, duration, bytes, perClient, onTcp);
        if (stopped.getAsBoolean()) {
            return new Outcome(tcp, 0, null, 0, 0);
        }
        int udpBytes = Math.max(bytes, SequenceStamp.BYTES);
        long rate = perClient > 0 ? (long) Math.ceil(perClient * clients) : DEFAULT_UDP_RATE;
        UdpReceiver receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0), datagram -> { });
        UdpProxy proxy = null;
        try {
            proxy = engine.startUdpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1",
                    receiver.localAddress().getPort()), UDP_LOSSY_LINK, UDP_LINK, SEED);
            UdpFlood.Result sent = UdpFlood.run("127.0.0.1", proxy.localAddress().getPort(), duration, udpBytes, rate,
                    true);
            awaitLinkEmpty(proxy, receiver, sent.sent());
            List<UdpQuality> quality = receiver.quality();
            return new Outcome(tcp, sent.sent(), quality.isEmpty() ? null : quality.get(0), sent.seconds(), udpBytes);
        } finally {
            if (proxy != null) {
                engine.release(proxy);
            }
            engine.release(receiver);
        }
    }

    private static LoadResult tcpThroughLink(Engine engine, int clients, Duration duration, int bytes,
            double perClient, Consumer<LoadRun> onTcp)
            throws EndpointStartException, ExecutionException, InterruptedException {
        TcpServer echo = engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.NIO).withEcho(true),
                MessageHandler.NONE);
        TcpProxy proxy = null;
        try {
            proxy = engine.startTcpProxy(new ProxyTarget("127.0.0.1", 0, "127.0.0.1", echo.localAddress().getPort()),
                    TCP_LINK, TCP_LINK);
            LoadRun run = engine.startLoad(new LoadConfig("127.0.0.1", proxy.localAddress().getPort(), clients,
                    duration, bytes, perClient, Duration.ofSeconds(5)));
            onTcp.accept(run);
            return run.done().get();
        } finally {
            if (proxy != null) {
                engine.release(proxy);
            }
            engine.release(echo);
        }
    }

    /**
     * Waits (at most 2 s) until the proxy has taken every datagram sent and passed on or dropped each, and the
     * receiver has read what it passed on: the last datagrams are still on the link when the sender ends.
     */
    private static void awaitLinkEmpty(UdpProxy proxy, UdpReceiver receiver, long sent) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            long passedOn = proxy.sent(ProxyDirection.UPSTREAM);
            long settled = passedOn + proxy.conditionLog().count(ConditionKind.DROPPED);
            List<UdpQuality> quality = receiver.quality();
            long arrived = quality.isEmpty() ? 0 : quality.get(0).received();
            if (proxy.received(ProxyDirection.UPSTREAM) >= sent && settled >= sent && arrived >= passedOn) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
