package dev.netplayground.engine.http;

import dev.netplayground.engine.core.BoundEndpoint;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tls.ServerTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * The talk's HTTP server: {@code POST /data} with a JSON {@code Data} answers
 * {@code Received: Data { ... }}; every bad request gets a 4xx and a sentence naming the
 * problem, never a 500. Runs our own HTTP/1.1 server on the engine's NIO loops, HTTPS when given TLS.
 * Thread-safe.
 */
public final class DataServer extends BoundEndpoint {
    private final NioHttpServer server;
    private final ServerTls tls;

    private DataServer(String id, EventEmitter events, Runnable onClosed, NioHttpServer server, ServerTls tls) {
        super(id, tls == null ? "http" : "https", events, onClosed);
        this.server = server;
        this.tls = tls;
    }

    /**
     * Binds and starts serving. Blocks while binding: call it off the FX thread.
     *
     * @param tls null for plain HTTP
     * @param accepted gets every accepted {@code Data}, on the connection's loop thread (fast, no throw)
     */
    public static DataServer start(String id, DataServerConfig config, ServerTls tls, EngineThreads threads,
            EventEmitter events, Consumer<Data> accepted, Runnable onClosed) throws EndpointStartException {
        NioHttpServer server;
        try {
            InetSocketAddress bind = new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port());
            server = new NioHttpServer(id, bind, config, tls, threads, new DataHandler(config.maxBodyBytes(), accepted),
                    new ExchangeLog(events));
        } catch (IOException | RuntimeException e) {
            String message = NetErrors.bindFailure(e, config.bindAddress(), config.port());
            throw EndpointStartException.reported(events, message, e);
        }
        DataServer dataServer = new DataServer(id, events, onClosed, server, tls);
        events.emit(EventKind.STARTED, "", "listening on " + dataServer.url() + " (POST JSON to " + DataRoute.PATH
                + ", bodies up to " + config.maxBodyBytes() + " bytes" + tlsFacts(tls) + ")");
        server.start();
        return dataServer;
    }

    private static String tlsFacts(ServerTls tls) {
        return tls == null ? "" : ", " + tls.describe();
    }

    /** The server's TLS, or null when it speaks plain HTTP. */
    public ServerTls tls() {
        return tls;
    }

    @Override
    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    /** The URL to POST {@code Data} to. */
    public String dataUrl() {
        return url() + DataRoute.PATH;
    }

    /** Stops accepting, closes every connection and returns when the loops are done. */
    @Override
    protected String release() {
        server.close();
        return "stopped listening on " + url();
    }
}
