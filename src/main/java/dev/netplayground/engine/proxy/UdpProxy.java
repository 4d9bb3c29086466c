package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A UDP proxy on one NIO loop: each client gets a socket of its own towards the target, so the
 * target's replies go back to the right client. {@link UdpConditions} apply per direction and
 * can change while it runs; with a seed, the same traffic meets the same conditions. Thread-safe.
 */
public final class UdpProxy extends ProxyEndpoint<UdpConditions> {
    private static final int SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;
    /** Datagrams read from one socket per wake-up, so one busy client does not starve the rest. */
    private static final int READS_PER_WAKEUP = 64;
    /** A client silent this long, both ways, loses its socket towards the target (as a NAT forgets a mapping). */
    static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final EventEmitter events;
    private final ConditionLog conditionLog;
    private final NioLoop loop;
    private final DatagramChannel listening;
    private final InetSocketAddress localAddress;
    private final Map<InetSocketAddress, UdpFlow> flows = new ConcurrentHashMap<>();
    private final DatagramShaper up;
    private final DatagramShaper down;
    private final long seed;
    // Once a second: the conditions' summary lines, and idle clients' sockets closed.
    private Future<?> chores;
    private volatile long idleNanos = IDLE_NANOS;
    // Loop thread only: every client seen, including those whose socket expired.
    private long clientsSeen;

    private UdpProxy(String id, ProxyTarget config, InetSocketAddress target, EventEmitter events, Runnable onClosed,
            DatagramChannel listening, UdpConditions upstream, UdpConditions downstream, long seed)
            throws IOException {
        super(id, "udp", config, target, events, onClosed, upstream, downstream, UdpConditions::describe);
        this.events = events;
        this.listening = listening;
        this.localAddress = (InetSocketAddress) listening.getLocalAddress();
        this.conditionLog = new ConditionLog(events);
        this.loop = new NioLoop(e -> events.emit(EventKind.FAILED, "", e.getMessage()));
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        this.up = new DatagramShaper(ProxyDirection.UPSTREAM, loop, () -> conditions(ProxyDirection.UPSTREAM),
                conditionLog, random.split());
        this.down = new DatagramShaper(ProxyDirection.DOWNSTREAM, loop, () -> conditions(ProxyDirection.DOWNSTREAM),
                conditionLog, random.split());
    }

    /**
     * Binds and starts relaying. Blocks while binding (call it off the FX thread).
     *
     * @param seed the random seed of the conditions: the same seed repeats a run
     * @throws EndpointStartException with a message to show when the target does not resolve or the bind fails
     */
    public static UdpProxy start(String id, ProxyTarget config, UdpConditions upstream, UdpConditions downstream,
            long seed, EngineThreads threads, EventEmitter events, Runnable onClosed) throws EndpointStartException {
        InetSocketAddress target = ProxyStart.resolveTarget(config, events);
        DatagramChannel channel = null;
        UdpProxy proxy;
        try {
            InetAddress bind = InetAddress.getByName(config.bindAddress());
            channel = DatagramChannel.open(bind instanceof java.net.Inet4Address
                    ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER_BYTES);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER_BYTES);
            channel.bind(new InetSocketAddress(bind, config.port()));
            channel.configureBlocking(false);
            proxy = new UdpProxy(id, config, target, events, onClosed, channel, upstream, downstream, seed);
            proxy.loop.register(channel, SelectionKey.OP_READ, (key, buffer) -> proxy.fromClients(buffer));
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw EndpointStartException.reported(events,
                    NetErrors.bindFailure(e, config.bindAddress(), config.port()), e);
        }
        events.emit(EventKind.STARTED, "", "listening on " + proxy.url() + ", relaying to " + proxy.targetText()
                + " (seed " + seed + "; " + proxy.describeConditions() + ")");
        threads.platform(id + "-nio-loop", proxy.loop::run);
        proxy.chores = threads.every(1000, () -> {
            proxy.conditionLog.flush();
            proxy.loop.execute(proxy::expireIdleClients);
        });
        return proxy;
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    /** Datagrams that came in one direction, counted before any condition. */
    public long received(ProxyDirection direction) {
        return (direction == ProxyDirection.UPSTREAM ? up : down).received();
    }

    /** Datagrams passed on in one direction, copies included. */
    public long sent(ProxyDirection direction) {
        return (direction == ProxyDirection.UPSTREAM ? up : down).sent();
    }

    /** Clients with a socket towards the target now (one silent for {@link #IDLE_NANOS} loses it). */
    public int clientCount() {
        return flows.size();
    }

    /** For tests: how long a client may stay silent before its socket towards the target is closed. */
    void expireIdleClientsAfter(long nanos) {
        idleNanos = nanos;
    }

    /** Loop thread: closes the sockets of clients silent both ways for the idle time; a datagram opens one again. */
    private void expireIdleClients() {
        long now = System.nanoTime();
        for (Iterator<UdpFlow> it = flows.values().iterator(); it.hasNext(); ) {
            UdpFlow flow = it.next();
            if (flow.idleFor(idleNanos, now)) {
                // Gone from the clients before it is told: whoever reads the event sees the count without it.
                it.remove();
                flow.close();
                events.emit(EventKind.CLOSED, flow.peer(), String.format(Locale.ROOT, "client silent for %.1f s: "
                        + "its socket towards the target is closed (its next datagram opens a new one)",
                        idleNanos / 1e9));
            }
        }
    }

    public ConditionLog conditionLog() {
        return conditionLog;
    }

    /** Loop thread: datagrams from clients, each towards the target through its client's own socket. */
    private void fromClients(ByteBuffer buffer) throws IOException {
        for (int i = 0; i < READS_PER_WAKEUP; i++) {
            buffer.clear();
            InetSocketAddress client = (InetSocketAddress) listening.receive(buffer);
            if (client == null) {
                return;
            }
            UdpFlow flow = flows.get(client);
            if (flow == null) {
                flow = openFlow(client);
                if (flow == null) {
                    continue;
                }
            }
            up.accept(Arrays.copyOf(buffer.array(), buffer.position()), flow.peer(), flow::toTarget);
        }
    }

    private UdpFlow openFlow(InetSocketAddress client) {
        String peer = Addresses.format(client);
        try {
            DatagramChannel channel = DatagramChannel.open(target().getAddress() instanceof java.net.Inet4Address
                    ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER_BYTES);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER_BYTES);
            channel.configureBlocking(false);
            channel.connect(target());
            UdpFlow flow = new UdpFlow(client, peer, channel, listening, events);
            loop.register(channel, SelectionKey.OP_READ, (key, buffer) -> fromTarget(flow, buffer));
            flows.put(client, flow);
            clientsSeen++;
            events.emit(EventKind.ACCEPTED, peer, "new client, relayed to " + targetText() + " from "
                    + Addresses.format(channel.getLocalAddress()));
            return flow;
        } catch (IOException e) {
            events.emit(EventKind.FAILED, peer, "Could not open a socket towards " + targetText() + " for "
                    + peer + ": " + e.getMessage() + "; its datagram is not relayed.");
            conditionLog.applied(ConditionKind.UNSENT, peer, () -> "could not relay a datagram from " + peer);
            return null;
        }
    }

    /** Loop thread: the target's replies, back to the flow's client. */
    private void fromTarget(UdpFlow flow, ByteBuffer buffer) {
        for (int i = 0; i < READS_PER_WAKEUP; i++) {
            buffer.clear();
            if (!flow.receive(buffer)) {
                return;
            }
            down.accept(Arrays.copyOf(buffer.array(), buffer.position()), flow.peer(), flow::toClient);
        }
    }

    @Override
    protected String release() {
        loop.execute(() -> {
            closeQuietly(listening);
            flows.values().forEach(UdpFlow::close);
        });
        loop.close();
        try {
            loop.awaitEnd(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(listening);
        flows.values().forEach(UdpFlow::close);
        if (chores != null) {
            chores.cancel(false);
        }
        conditionLog.flushNow();
        long clients = clientsSeen; // the loop has ended: its writes are visible after awaitEnd
        return String.format(Locale.ROOT, "stopped proxying %s to %s after %,d client%s: %,d datagrams %s "
                + "(%,d passed on), %,d %s (%,d passed on); %s; seed %d", url(), targetText(), clients,
                clients == 1 ? "" : "s",
                up.received(), ProxyDirection.UPSTREAM.label(), up.sent(), down.received(),
                ProxyDirection.DOWNSTREAM.label(), down.sent(), conditionLog.describe(), seed);
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing: nothing to tell.
            }
        }
    }
}
