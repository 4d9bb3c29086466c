package dev.netplayground.engine.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.Endpoint;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The talk's HTTP server: {@code POST /data} with a JSON {@code Data} answers
 * {@code Received: Data { ... }}; every bad request gets a 4xx and a sentence naming the
 * problem, never a 500. Runs on the JDK's HTTP server with the engine's virtual threads.
 * Thread-safe.
 */
public final class DataServer implements Endpoint {
    private final String id;
    private final DataServerConfig config;
    private final EventEmitter events;
    private final Consumer<Data> accepted;
    private final Runnable onClosed;
    private final AtomicBoolean closed = new AtomicBoolean();
    private HttpServer server;

    private DataServer(String id, DataServerConfig config, EventEmitter events, Consumer<Data> accepted, Runnable onClosed) {
        this.id = id;
        this.config = config;
        this.events = events;
        this.accepted = accepted;
        this.onClosed = onClosed;
    }

    /**
     * Binds and starts serving. Blocks while binding: call it off the FX thread.
     *
     * @param accepted gets every accepted {@code Data}, on the request's thread (fast, no throw)
     */
    public static DataServer start(String id, DataServerConfig config, EngineThreads threads, EventEmitter events,
            Consumer<Data> accepted, Runnable onClosed) throws EndpointStartException {
        DataServer dataServer = new DataServer(id, config, events, accepted, onClosed);
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), 1024);
            server.setExecutor(threads.tasks());
            server.createContext("/", dataServer::handle);
            server.start();
            dataServer.server = server;
        } catch (IOException | RuntimeException e) {
            String message = NetErrors.bindFailure(e, config.bindAddress(), config.port());
            events.emit(EventKind.FAILED, "", message);
            throw new EndpointStartException(message, e);
        }
        events.emit(EventKind.STARTED, "", "listening on " + dataServer.url() + " (POST JSON to " + DataRoute.PATH
                + ", bodies up to " + config.maxBodyBytes() + " bytes)");
        return dataServer;
    }

    private void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        String peer = Addresses.format(exchange.getRemoteAddress());
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        byte[] body = new byte[0];
        Reply reply;
        try (exchange) {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            reply = DataRoute.check(method, path, exchange.getRequestHeaders().getFirst("Content-Type"),
                    parseLength(length), config.maxBodyBytes());
            if (reply == null) {
                body = exchange.getRequestBody().readNBytes(config.maxBodyBytes() + 1);
                reply = body.length > config.maxBodyBytes()
                        ? DataRoute.tooLarge(config.maxBodyBytes())
                        : DataRoute.answer(body, accepted);
            }
            respond(exchange, reply);
        } catch (IOException e) {
            events.emit(EventKind.FAILED, peer, method + " " + path + ": the exchange broke off: " + NetErrors.ioFailure(e));
            return;
        }
        double millis = (System.nanoTime() - start) / 1e6;
        String summary = String.format(Locale.ROOT, "%s %s → %d in %.2f ms: %s", method, path, reply.status(), millis, reply.text());
        byte[] kept = body.length > config.maxBodyBytes() ? java.util.Arrays.copyOf(body, config.maxBodyBytes()) : body;
        events.emitData(reply.status() < 400 ? EventKind.RECEIVED : EventKind.REJECTED, peer, kept, 0, kept.length, summary);
    }

    private static long parseLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        byte[] text = reply.text().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (reply.allow() != null) {
            exchange.getResponseHeaders().set("Allow", reply.allow());
        }
        exchange.sendResponseHeaders(reply.status(), text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }

    @Override
    public String id() {
        return id;
    }

    public InetSocketAddress localAddress() {
        return server.getAddress();
    }

    /** {@code http://HOST:PORT} with the real port. */
    public String url() {
        return "http://" + Addresses.format(localAddress());
    }

    /** The URL to POST {@code Data} to. */
    public String dataUrl() {
        return url() + DataRoute.PATH;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        events.emit(EventKind.STOPPED, "", "stopped listening on " + url());
        onClosed.run();
    }
}
