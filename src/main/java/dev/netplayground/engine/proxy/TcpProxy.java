package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.core.NioListener;
import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on the NIO loops: relays each connection to a target, applying {@link TcpConditions}
 * per direction that can change while it runs. Thread-safe; {@link #close} stops accepting and
 * closes every connection through it.
 */
public final class TcpProxy extends ProxyEndpoint<TcpConditions> {
    private static final int BACKLOG = 1024;
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    private final EventEmitter events;
    private final ConditionLog conditionLog;
    private final Map<Long, ProxyConnection> connections = new ConcurrentHashMap<>();
    private final AtomicLong connectionCount = new AtomicLong();
    private final AtomicLong closedBytesUp = new AtomicLong();
    private final AtomicLong closedBytesDown = new AtomicLong();
    private final SplittableRandom random = new SplittableRandom();
    // A direct buffer per loop, used on that loop's thread only: socket to socket without a heap copy.
    private final Map<NioLoop, ByteBuffer> readBuffers = new ConcurrentHashMap<>();
    private NioListener listener;
    private Future<?> summaries;

    private TcpProxy(String id, ProxyTarget config, InetSocketAddress target, EventEmitter events,
            Runnable onClosed, TcpConditions upstream, TcpConditions downstream) {
        super(id, "tcp", config, target, events, onClosed, upstream, downstream, TcpConditions::describe);
        this.events = events;
        this.conditionLog = new ConditionLog(events);
    }

    /**
     * Binds and starts relaying. Blocks while binding (call it off the FX thread).
     *
     * @throws EndpointStartException with a message to show when the target does not resolve or the bind fails
     */
    public static TcpProxy start(String id, ProxyTarget config, TcpConditions upstream, TcpConditions downstream,
            EngineThreads threads, EventEmitter events, Runnable onClosed) throws EndpointStartException {
        InetSocketAddress target = ProxyStart.resolveTarget(config, events);
        TcpProxy proxy = new TcpProxy(id, config, target, events, onClosed, upstream, downstream);
        try {
            InetSocketAddress bind = new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port());
            proxy.listener = new NioListener(bind, BACKLOG, proxy::loopFailed, proxy::accepted);
        } catch (IOException | RuntimeException e) {
            throw EndpointStartException.reported(events,
                    NetErrors.bindFailure(e, config.bindAddress(), config.port()), e);
        }
        events.emit(EventKind.STARTED, "", "listening on " + proxy.url() + ", relaying to " + proxy.targetText()
                + " (" + proxy.describeConditions() + ")");
        proxy.listener.start(threads, id);
        proxy.summaries = threads.every(1000, proxy.conditionLog::flush);
        return proxy;
    }

    @Override
    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    /** Connections already open follow the new conditions from their next bytes on. */
    @Override
    public void setConditions(ProxyDirection direction, TcpConditions conditions) {
        super.setConditions(direction, conditions);
        connections.values().forEach(ProxyConnection::kick);
    }

    /** The open connections, oldest first. */
    public List<ProxyConnectionInfo> connections() {
        return connections.values().stream().map(ProxyConnection::info)
                .sorted(Comparator.comparingLong(ProxyConnectionInfo::id)).toList();
    }

    /** Connections accepted since the start. */
    public long connectionCount() {
        return connectionCount.get();
    }

    /** The conditions applied so far, counted per kind. */
    public ConditionLog conditionLog() {
        return conditionLog;
    }

    EventEmitter events() {
        return events;
    }

    /** Accepting loop's thread. */
    private void accepted(SocketChannel client, NioLoop loop) throws IOException {
        long id = connectionCount.incrementAndGet();
        String peer = Addresses.format(client.getRemoteAddress());
        events.emit(EventKind.ACCEPTED, peer, "connection #" + id + " accepted");
        ByteBuffer readBuffer = readBuffers.computeIfAbsent(loop, l -> ByteBuffer.allocateDirect(READ_BUFFER_BYTES));
        ProxyConnection connection = new ProxyConnection(this, id, peer, loop, readBuffer, client, random.split());
        connections.put(id, connection);
        if (!isOpen()) {
            connection.close("closed: the proxy stopped");
            return;
        }
        loop.execute(() -> connection.start(target()));
    }

    void closed(ProxyConnection connection, String message) {
        if (connections.remove(connection.id()) != null) {
            ProxyConnectionInfo info = connection.info();
            closedBytesUp.addAndGet(info.bytesUp());
            closedBytesDown.addAndGet(info.bytesDown());
            events.emit(EventKind.CLOSED, connection.client(), message);
        }
    }

    private void loopFailed(IOException e) {
        events.emit(EventKind.FAILED, "", e.getMessage());
    }

    @Override
    protected String release() {
        listener.close();
        if (summaries != null) {
            summaries.cancel(false);
        }
        connections.values().forEach(connection -> connection.close("closed: the proxy stopped"));
        conditionLog.flushNow();
        long connected = connectionCount.get();
        return String.format(Locale.ROOT, "stopped proxying %s to %s after %,d connection%s: %,d bytes %s, "
                + "%,d bytes %s; %s", url(), targetText(), connected, connected == 1 ? "" : "s", closedBytesUp.get(),
                ProxyDirection.UPSTREAM.label(), closedBytesDown.get(), ProxyDirection.DOWNSTREAM.label(),
                conditionLog.describe());
    }
}
