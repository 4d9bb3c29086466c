package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.core.BoundEndpoint;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.reply.ReplyRules;
import dev.netplayground.engine.tls.ServerTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A TCP server that cuts each connection's stream into messages (lines by default, or another
 * {@link dev.netplayground.engine.codec.Framing}), logs them and optionally echoes them, in one of three
 * concurrency models. Thread-safe. Start with {@link #start}; {@link #close} stops accepting,
 * closes every connection and returns when its threads are done.
 */
public final class TcpServer extends BoundEndpoint {
    private final TcpServerConfig config;
    private final EngineThreads threads;
    private final EventEmitter events;
    private final MessageHandler handler;
    private final ConnectionRegistry registry;
    private final TcpServerCounters counters = new TcpServerCounters();
    private final ReplyRules replyRules;
    private final ServerTls tls;
    private ServerLoop loop;

    private TcpServer(String id, TcpServerConfig config, ServerTls tls, EngineThreads threads, EventEmitter events,
            MessageHandler handler, Runnable onClosed) {
        super(id, tls == null ? "tcp" : "tls", events, onClosed);
        this.config = config;
        this.tls = tls;
        this.threads = threads;
        this.events = events;
        this.handler = handler;
        this.registry = new ConnectionRegistry(config.maxConnections());
        this.replyRules = new ReplyRules(config.replyRules());
    }

    /**
     * Binds and starts accepting. Blocks while binding (call it off the FX thread).
     *
     * @param onClosed run once when the server has closed, e.g. to forget it
     * @throws EndpointStartException with a message to show when the address cannot be bound
     */
    public static TcpServer start(String id, TcpServerConfig config, ServerTls tls, EngineThreads threads,
            EventEmitter events, MessageHandler handler, Runnable onClosed) throws EndpointStartException {
        TcpServer server = new TcpServer(id, config, tls, threads, events, handler, onClosed);
        InetSocketAddress bind;
        try {
            bind = new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port());
            server.loop = config.model() == ConcurrencyModel.NIO
                    ? new NioServer(server, bind)
                    : new ThreadPerConnectionServer(server, bind, config.model() == ConcurrencyModel.VIRTUAL);
        } catch (IOException | RuntimeException e) {
            String message = NetErrors.bindFailure(e, config.bindAddress(), config.port());
            throw EndpointStartException.reported(events, message, e);
        }
        String framing = config.framing().equals(Framing.LINE) ? "" : ", " + config.framing().describe();
        events.emit(EventKind.STARTED, "", "listening on " + server.url() + " (" + config.model() + framing
                + (config.echo() ? ", echo on" : "") + replies(config) + tlsFacts(tls) + ")");
        server.loop.start();
        return server;
    }

    private static String tlsFacts(ServerTls tls) {
        return tls == null ? "" : ", " + tls.describe();
    }

    private static String replies(TcpServerConfig config) {
        int count = config.replyRules().size();
        return count == 0 ? "" : ", " + count + (count == 1 ? " reply rule" : " reply rules");
    }

    public TcpServerConfig config() {
        return config;
    }

    @Override
    public InetSocketAddress localAddress() {
        return loop.localAddress();
    }

    /** The open connections, oldest first. Thread-safe snapshot. */
    public List<ConnectionInfo> connections() {
        return registry.snapshot();
    }

    /** How many connections are open now. */
    public int openConnections() {
        return registry.size();
    }

    /** Exact totals since the server started (messages and bytes of closed connections included). */
    public TcpServerStats stats() {
        return counters.snapshot();
    }

    /** Sends bytes to one connection without waiting; false if it is not open. */
    public boolean send(long connectionId, byte[] data) {
        Connection connection = registry.get(connectionId);
        if (connection == null) {
            return false;
        }
        connection.send(data, "");
        return true;
    }

    /**
     * Sends one message to one connection, framed as the server's framing says (with its length
     * header, delimiter or line ending), without waiting; false if the connection is not open.
     *
     * @throws IllegalArgumentException saying why the payload cannot be one message (e.g. its size)
     */
    public boolean sendMessage(long connectionId, byte[] payload) {
        return send(connectionId, config.framing().encode(payload));
    }

    /** Closes one connection; false if it is not open. */
    public boolean closeConnection(long connectionId) {
        Connection connection = registry.get(connectionId);
        if (connection == null) {
            return false;
        }
        connection.close("closed by server");
        return true;
    }

    /** Stops accepting, closes every connection and returns when its threads are done. */
    @Override
    protected String release() {
        loop.close();
        registry.closeAll("server stopped");
        return "stopped listening on " + url();
    }

    // ---- for the loops of this package

    EngineThreads threads() {
        return threads;
    }

    EventEmitter events() {
        return events;
    }

    long nextConnectionId() {
        return registry.nextId();
    }

    /** Registers an accepted connection, or reports and refuses it when the limit is reached. */
    boolean admit(Connection connection) {
        if (!isOpen() || !registry.admit(connection)) {
            events.emit(EventKind.REJECTED, connection.peer(), "Refused: the limit of " + registry.maxConnections()
                    + " connections is reached. Close some or raise the limit.");
            return false;
        }
        counters.accepted();
        events.emit(EventKind.ACCEPTED, connection.peer(),
                "connection #" + connection.id() + " (" + registry.size() + " open)");
        return true;
    }

    MessageSession sessionFor(Connection connection) {
        return new MessageSession(connection, config, events, handler, counters, replyRules, threads, tls == null);
    }

    /** The server's TLS, or null when it speaks plain TCP. */
    public ServerTls tls() {
        return tls;
    }

    void connectionClosed(Connection connection, String reason) {
        registry.remove(connection);
        events.emit(EventKind.CLOSED, connection.peer(), "connection #" + connection.id() + " " + reason);
    }

    void connectionFailed(Connection connection, IOException e) {
        events.emit(EventKind.FAILED, connection.peer(), NetErrors.ioFailure(e));
    }

    /** A loop failed or could not accept; the message says which and what to do. */
    void loopFailed(IOException e) {
        events.emit(EventKind.FAILED, "", e.getMessage());
    }
}
