package dev.netplayground.engine.http;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NioListener;
import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioTransport;
import dev.netplayground.engine.core.PlainTransport;
import dev.netplayground.engine.http.ResponseEncoder.Persistence;
import dev.netplayground.engine.tls.ServerTls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * An HTTP/1.1 server (HTTPS with a {@link ServerTls}) on the selector loops of a {@link NioListener}:
 * its open connections (at most the configured number; more are answered 503 and closed, or
 * closed before the handshake with TLS), the sweep that closes idle
 * ones and ends late heads, and closing them all. Thread-safe.
 */
final class NioHttpServer {
    private static final int BACKLOG = 1024;

    private final String id;
    private final DataServerConfig config;
    private final EngineThreads threads;
    private final HttpHandler handler;
    private final ExchangeLog log;
    private final NioListener listener;
    private final NioTransport.Opener transports;
    private final boolean tls;
    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile Future<?> sweep;
    // Accepting loop's thread only.
    private long unansweredRefusals;

    /** Binds; serves once {@link #start} is called. {@code tls}: null for plain HTTP. */
    NioHttpServer(String id, InetSocketAddress bind, DataServerConfig config, ServerTls tls, EngineThreads threads,
            HttpHandler handler, ExchangeLog log) throws IOException {
        this.id = id;
        this.tls = tls != null;
        this.transports = tls == null ? PlainTransport::new
                : tls.transports(task -> threads.virtual(id + "-tls-task", task), "http/1.1");
        this.config = config;
        this.threads = threads;
        this.handler = handler;
        this.log = log;
        this.listener = new NioListener(bind, BACKLOG, log::loopFailed, this::accepted);
    }

    InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    void start() {
        listener.start(threads, id);
        long period = Math.min(1000, Math.min(config.idleTimeout().toMillis(), config.headTimeout().toMillis()));
        sweep = threads.every(period, this::closeExpired);
    }

    /** Accepting loop's thread. */
    private void accepted(SocketChannel client, NioLoop loop) throws IOException {
        if (closed) {
            client.close(); // Stopping: nothing has been received on it yet.
            return;
        }
        String peer = Addresses.format(client.getRemoteAddress());
        if (open.size() >= config.maxConnections()) {
            if (tls) {
                client.close();
                log.refusedBeforeTls(peer, config.maxConnections());
            } else {
                refuse(client, peer);
            }
            return;
        }
        HttpConnection connection = new HttpConnection(this, loop, client, transports, peer);
        open.add(connection);
        loop.execute(connection::attach);
    }

    /**
     * Accepting loop's thread: answers 503 with Connection: close as far as the socket takes it
     * at once (all of it, on a new connection, unless it is already broken), then closes it.
     * Never waits: a refusal the socket did not take whole is counted instead.
     */
    private void refuse(SocketChannel client, String peer) throws IOException {
        PendingOutput answer = new PendingOutput();
        ResponseEncoder.write(Reply.busy(config.maxConnections()), true, Persistence.CLOSE, answer);
        boolean sent;
        try {
            sent = answer.writeTo(client);
        } catch (IOException e) {
            sent = false;
        }
        client.close();
        if (sent) {
            log.refused(peer, config.maxConnections());
        } else {
            log.refusedUnanswered(peer, config.maxConnections(), ++unansweredRefusals);
        }
    }

    /** Timer thread. */
    private void closeExpired() {
        long now = System.nanoTime();
        for (HttpConnection connection : open) {
            if (connection.isExpired(now)) {
                connection.closeIfExpired();
            }
        }
    }

    /** Stops accepting, ends the loops and closes every connection. */
    void close() {
        closed = true;
        sweep.cancel(false);
        listener.close();
        for (HttpConnection connection : List.copyOf(open)) {
            connection.close();
        }
    }

    // ---- for the connections

    HttpHandler handler() {
        return handler;
    }

    ExchangeLog log() {
        return log;
    }

    int maxBodyBytes() {
        return config.maxBodyBytes();
    }

    Duration idleTimeout() {
        return config.idleTimeout();
    }

    Duration headTimeout() {
        return config.headTimeout();
    }

    void forget(HttpConnection connection) {
        open.remove(connection);
    }
}
