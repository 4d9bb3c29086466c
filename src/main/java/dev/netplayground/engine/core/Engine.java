package dev.netplayground.engine.core;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.JsonLinesSpill;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataClient;
import dev.netplayground.engine.http.DataServer;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.load.HttpLoadConfig;
import dev.netplayground.engine.load.HttpLoadRun;
import dev.netplayground.engine.load.LoadConfig;
import dev.netplayground.engine.load.LoadRun;
import dev.netplayground.engine.load.MeasuredRun;
import dev.netplayground.engine.proxy.ProxyTarget;
import dev.netplayground.engine.proxy.TcpConditions;
import dev.netplayground.engine.proxy.TcpProxy;
import dev.netplayground.engine.proxy.UdpConditions;
import dev.netplayground.engine.proxy.UdpProxy;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpClient;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.tls.ServerTls;
import dev.netplayground.engine.udp.Datagram;
import dev.netplayground.engine.udp.UdpReceiver;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import dev.netplayground.engine.udp.UdpSender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Owns everything that runs: the threads, the event log, every server and client. Both front
 * ends (window and command line) make one and close it on exit; {@link #close} stops the
 * endpoints newest first, then the threads, then the spill file. Thread-safe.
 */
public final class Engine implements AutoCloseable {
    private final EventLog log;
    private final EngineThreads threads = new EngineThreads();
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> idCounters = new ConcurrentHashMap<>();
    private JsonLinesSpill spill;
    private boolean closed;

    public Engine() {
        this(new EventLog());
    }

    public Engine(EventLog log) {
        this.log = log;
        whileBusy(1000, log::flushSummaries);
    }

    public EventLog log() {
        return log;
    }

    /**
     * Where front ends run what must not block them (binding, closing). Owned and shut down
     * by the engine.
     */
    public java.util.concurrent.Executor tasks() {
        return threads.tasks();
    }

    /** Also writes every event to a JSON Lines file from now on. */
    public synchronized void spillTo(Path file) throws IOException {
        if (spill != null) {
            throw new IllegalStateException("already spilling to " + spill.file());
        }
        spill = new JsonLinesSpill(file);
        log.subscribe(spill);
    }

    /** Events the current spill file could not take (disk too slow or failed); 0 when not spilling. */
    public synchronized long spillLost() {
        return spill == null ? 0 : spill.lost();
    }

    /** Stops writing the spill file (after writing what is queued); returns its path, or null if none. */
    public Path stopSpill() {
        JsonLinesSpill current;
        synchronized (this) {
            current = spill;
            spill = null;
        }
        if (current == null) {
            return null;
        }
        log.unsubscribe(current);
        current.close();
        return current.file();
    }

    /** Binds and starts a TCP server; blocks while binding, so call it off the FX thread. */
    public TcpServer startTcpServer(TcpServerConfig config, MessageHandler handler) throws EndpointStartException {
        return startTcpServer(config, null, handler);
    }

    /** As {@link #startTcpServer(TcpServerConfig, MessageHandler)}, speaking TLS when {@code tls} is not null. */
    public TcpServer startTcpServer(TcpServerConfig config, ServerTls tls, MessageHandler handler)
            throws EndpointStartException {
        String id = nextId("tcp-server");
        TcpServer server = TcpServer.start(id, config, tls, threads, log.emitter(id), handler, () -> forget(id));
        register(server);
        return server;
    }

    /** Binds and starts a UDP receiver; blocks while binding, so call it off the FX thread. */
    public UdpReceiver startUdpReceiver(UdpReceiverConfig config, Consumer<Datagram> handler)
            throws EndpointStartException {
        String id = nextId("udp-receiver");
        UdpReceiver receiver = UdpReceiver.start(id, config, threads, log.emitter(id), handler, () -> forget(id));
        register(receiver);
        return receiver;
    }

    /** Opens a UDP sender on an ephemeral port; blocks while binding, so call it off the FX thread. */
    public UdpSender openUdpSender(String localAddress, boolean broadcast, Consumer<Datagram> replies)
            throws EndpointStartException {
        String id = nextId("udp-sender");
        UdpSender sender = UdpSender.open(id, localAddress, broadcast, threads, log.emitter(id), replies,
                () -> forget(id));
        register(sender);
        return sender;
    }

    /** Binds and starts the embedded {@code Data} HTTP server; blocks while binding, so call it off the FX thread. */
    public DataServer startDataServer(DataServerConfig config, Consumer<Data> accepted) throws EndpointStartException {
        return startDataServer(config, null, accepted);
    }

    /** As {@link #startDataServer(DataServerConfig, Consumer)}, serving HTTPS when {@code tls} is not null. */
    public DataServer startDataServer(DataServerConfig config, ServerTls tls, Consumer<Data> accepted)
            throws EndpointStartException {
        String id = nextId("http-server");
        DataServer server = DataServer.start(id, config, tls, threads, log.emitter(id), accepted, () -> forget(id));
        register(server);
        return server;
    }

    /** Binds and starts a TCP proxy; blocks while binding, so call it off the FX thread. */
    public TcpProxy startTcpProxy(ProxyTarget target, TcpConditions upstream, TcpConditions downstream)
            throws EndpointStartException {
        String id = nextId("tcp-proxy");
        TcpProxy proxy = TcpProxy.start(id, target, upstream, downstream, threads, log.emitter(id), () -> forget(id));
        register(proxy);
        return proxy;
    }

    /** Binds and starts a UDP proxy whose conditions draw from {@code seed}; blocks while binding. */
    public UdpProxy startUdpProxy(ProxyTarget target, UdpConditions upstream, UdpConditions downstream, long seed)
            throws EndpointStartException {
        String id = nextId("udp-proxy");
        UdpProxy proxy = UdpProxy.start(id, target, upstream, downstream, seed, threads, log.emitter(id),
                () -> forget(id));
        register(proxy);
        return proxy;
    }

    /** Where a running TCP proxy that relays to {@code host:port} listens, or null: a client's way through it. */
    public synchronized java.net.InetSocketAddress tcpProxyTo(String host, int port) {
        return endpoints.values().stream().filter(e -> e instanceof TcpProxy proxy && proxy.relaysTo(host, port))
                .map(e -> ((TcpProxy) e).localAddress()).findFirst().orElse(null);
    }

    /** Where a running UDP proxy that relays to {@code host:port} listens, or null: a sender's way through it. */
    public synchronized java.net.InetSocketAddress udpProxyTo(String host, int port) {
        return endpoints.values().stream().filter(e -> e instanceof UdpProxy proxy && proxy.relaysTo(host, port))
                .map(e -> ((UdpProxy) e).localAddress()).findFirst().orElse(null);
    }

    /** An OkHttp client that POSTs JSON and reads at most 10 MiB of each answer. */
    public DataClient createDataClient() {
        return createDataClient(DataClient.DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** An OkHttp client that POSTs JSON and reads at most {@code maxResponseBytes} of each answer's body. */
    public DataClient createDataClient(int maxResponseBytes) {
        String id = nextId("http-client");
        DataClient client = new DataClient(id, threads, log.emitter(id), maxResponseBytes);
        register(client);
        return client;
    }

    /** Starts a TCP echo workload in the background; see {@link LoadRun}. */
    public LoadRun startLoad(LoadConfig config) {
        String id = nextId("load");
        return registerRun(LoadRun.start(id, config, threads, log.emitter(id), () -> forget(id)));
    }

    /**
     * Starts an HTTP workload in the background; see {@link HttpLoadRun}.
     *
     * @throws IOException when the host does not resolve ({@link java.net.UnknownHostException}) or no selector opens
     */
    public HttpLoadRun startHttpLoad(HttpLoadConfig config) throws IOException {
        String id = nextId("load-http");
        return registerRun(HttpLoadRun.start(id, config, threads, log.emitter(id), () -> forget(id)));
    }

    /** Registers a run that forgets itself when done; one that finished before this is forgotten at once. */
    private <R extends MeasuredRun<?, ?>> R registerRun(R run) {
        register(run);
        if (run.done().isDone()) {
            forget(run.id());
        }
        return run;
    }

    /** A disconnected TCP client; {@code receiver} gets every message it cuts (network thread). */
    public TcpClient createTcpClient(Consumer<Frame> receiver) {
        String id = nextId("tcp-client");
        TcpClient client = new TcpClient(id, threads, log.emitter(id), receiver);
        register(client);
        return client;
    }

    /** Closes one endpoint and forgets it. */
    public void release(Endpoint endpoint) {
        endpoint.close();
        forget(endpoint.id());
    }

    /** Whether any endpoint is active (a server listening, a client connected, a run going). */
    public synchronized boolean anyActive() {
        return endpoints.values().stream().anyMatch(Endpoint::isActive);
    }

    /** How many endpoints are active now: servers listening, clients connected, runs going. */
    public synchronized int activeCount() {
        return (int) endpoints.values().stream().filter(Endpoint::isActive).count();
    }

    /**
     * Runs a short, non-blocking task every {@code periodMillis} on the engine's timer thread
     * while the engine is busy (see {@link BusyChore}), until it is cancelled or the engine closes.
     */
    public BusyChore whileBusy(long periodMillis, Runnable task) {
        BusyChore chore = new BusyChore(threads, log, periodMillis, task, this::anyActive);
        chore.start();
        return chore;
    }

    /** Runs a short, non-blocking task once, {@code delayMillis} from now, on the engine's timer thread. */
    public java.util.concurrent.Future<?> after(long delayMillis, Runnable task) {
        return threads.after(delayMillis, task);
    }

    public synchronized List<String> endpointIds() {
        return List.copyOf(endpoints.keySet());
    }

    private String nextId(String kind) {
        return kind + "-" + idCounters.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private synchronized void register(Endpoint endpoint) {
        if (closed) {
            endpoint.close();
            throw new IllegalStateException("the engine is shut down");
        }
        endpoints.put(endpoint.id(), endpoint);
    }

    private synchronized void forget(String id) {
        endpoints.remove(id);
    }

    /** Stops every endpoint (newest first), then every thread, then the spill file. */
    @Override
    public void close() {
        List<Endpoint> running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = new ArrayList<>(endpoints.values());
        }
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        threads.close();
        synchronized (this) {
            endpoints.clear();
        }
        stopSpill();
    }

    /** True once {@link #close} has stopped every thread. */
    public boolean isTerminated() {
        return closed && threads.isTerminated();
    }
}
