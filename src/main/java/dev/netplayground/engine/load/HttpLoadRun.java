package dev.netplayground.engine.load;

import dev.netplayground.engine.codec.ByteArrays;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running HTTP workload: keep-alive connections on NIO loops, each sending a request, reading its response
 * and sending the next; with a rate, requests go out on a fixed schedule and each latency counts from when its
 * request was due (wrk2's way), so a stalled server shows its stall instead of hiding it. Only the start and the
 * end are logged; progress is read with {@link #result()} and {@link #latencies()}. Thread-safe.
 */
public final class HttpLoadRun extends MeasuredRun<HttpLoadConfig, HttpLoadResult> {
    private static final long CLOSED_LOOP_TICK_MILLIS = 10;

    private final List<HttpLoadShare> shares = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger sharesLeft = new AtomicInteger();
    private final long startNanos;
    private volatile Future<?> ticker;

    private HttpLoadRun(String id, HttpLoadConfig config, EventEmitter events, Runnable onClosed) {
        super(id, config, events, onClosed);
        this.startNanos = System.nanoTime();
    }

    /**
     * Opens the connections, spread over one NIO loop per core (as wrk's threads), and starts sending; returns
     * at once.
     *
     * @throws UnknownHostException when the host does not resolve
     * @throws IOException          when no selector could be opened
     */
    public static HttpLoadRun start(String id, HttpLoadConfig config, EngineThreads threads, EventEmitter events,
            Runnable onClosed) throws IOException {
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        if (address.isUnresolved()) {
            throw new UnknownHostException("Unknown host '" + config.host() + "': check the URL's host name.");
        }
        HttpLoadRun run = new HttpLoadRun(id, config, events, onClosed);
        long deadline = run.startNanos + config.duration().toNanos();
        int connections = config.connections();
        // Each connection sends every `interval`; connection i starts i/N of an interval in, to spread them.
        double interval = config.ratePerSecond() == 0 ? 0 : connections * 1e9 / config.ratePerSecond();
        int loops = Math.min(connections, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < loops; i++) {
            run.shares.add(new HttpLoadShare(run, deadline, config.timeout().toNanos(), interval));
        }
        byte[] request = requestBytes(config);
        boolean head = "HEAD".equals(config.method());
        for (int i = 0; i < connections; i++) {
            HttpLoadShare share = run.shares.get(i % loops);
            share.add(new HttpLoadConnection(share.size(), share.loop(), address, request, head, share),
                    run.startNanos + (long) (interval * i / connections));
        }
        run.sharesLeft.set(loops);
        events.emit(EventKind.STARTED, config.authority(), String.format(Locale.ROOT,
                "load http: %s %s, %d connections on %d loops, %s, for %.3f s", config.method(), config.target(),
                connections, loops,
                config.ratePerSecond() == 0 ? "as fast as responses come back" : config.ratePerSecond() + "/s in all",
                config.duration().toNanos() / 1e9));
        for (int i = 0; i < loops; i++) {
            HttpLoadShare share = run.shares.get(i);
            threads.platform(id + "-loop-" + i, share.loop()::run);
            share.loop().execute(share::tick);
        }
        long tickMillis = config.ratePerSecond() == 0 ? CLOSED_LOOP_TICK_MILLIS : 1;
        run.ticker = threads.every(tickMillis, run::tickAll);
        if (run.done().isDone()) {
            run.ticker.cancel(false); // it ended before its ticker was set
        }
        return run;
    }

    private void tickAll() {
        for (HttpLoadShare share : shares) {
            share.loop().execute(share::tick);
        }
    }

    static byte[] requestBytes(HttpLoadConfig config) {
        StringBuilder head = new StringBuilder();
        head.append(config.method()).append(' ').append(config.target()).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(config.authority()).append("\r\n");
        for (String header : config.headers()) {
            head.append(header).append("\r\n");
        }
        if (config.body().length > 0) {
            head.append("Content-Length: ").append(config.body().length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        return ByteArrays.concat(headBytes, config.body());
    }

    void countResponse(int status, long latencyNanos) {
        recordLatency(latencyNanos);
        requests.incrementAndGet();
        statuses.computeIfAbsent(status, code -> new AtomicLong()).incrementAndGet();
    }

    void countRead(int bytes) {
        bytesRead.addAndGet(bytes);
    }

    /** A loop has closed its connections; after the last one, logs the figures and completes {@link #done}. */
    void shareFinished() {
        if (sharesLeft.decrementAndGet() > 0) {
            return;
        }
        Future<?> started = ticker;
        if (started != null) {
            started.cancel(false);
        }
        HttpLoadResult result = result();
        finish(config.authority(), String.format(Locale.ROOT,
                "load http done: %,d requests (%,.0f/s), p99 %.3f ms, %d errors", result.requests(),
                result.requestsPerSecond(), result.latencies().p99Nanos() / 1e6, result.errorCount()), result);
    }

    @Override
    public HttpLoadResult result() {
        double seconds = Math.min(System.nanoTime() - startNanos, config.duration().toNanos()) / 1e9;
        Map<Integer, Long> statusCounts = new TreeMap<>();
        statuses.forEach((code, count) -> statusCounts.put(code, count.get()));
        return new HttpLoadResult(config.connections(), connected(), requests.get(), bytesRead.get(), seconds,
                latencyFigures(), statusCounts, errorCounts());
    }

    public long requests() {
        return requests.get();
    }

    /** Stops early: closes every connection and completes {@link #done} with the figures so far. */
    @Override
    public void close() {
        for (HttpLoadShare share : shares) {
            share.loop().execute(share::finish);
        }
    }
}
