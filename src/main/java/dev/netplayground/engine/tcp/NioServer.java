package dev.netplayground.engine.tcp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.NioListener;
import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioTransport;
import dev.netplayground.engine.core.PlainTransport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;

/** The NIO model: non-blocking connections on the selector loops of a {@link NioListener}. */
final class NioServer implements ServerLoop {
    private final TcpServer server;
    private final NioListener listener;
    private final NioTransport.Opener transports;

    NioServer(TcpServer server, InetSocketAddress bind) throws IOException {
        this.server = server;
        this.transports = server.tls() == null ? PlainTransport::new
                : server.tls().transports(task -> server.threads().virtual(server.id() + "-tls-task", task));
        this.listener = new NioListener(bind, ThreadPerConnectionServer.BACKLOG, server::loopFailed, this::accepted);
    }

    @Override
    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    @Override
    public void start() {
        listener.start(server.threads(), server.id());
    }

    /** Accepting loop's thread. */
    private void accepted(SocketChannel client, NioLoop loop) throws IOException {
        NioConnection connection = new NioConnection(server, loop, client, transports, server.nextConnectionId(),
                Addresses.format(client.getRemoteAddress()));
        if (!server.admit(connection)) {
            client.close();
            return;
        }
        MessageSession session = server.sessionFor(connection);
        loop.execute(() -> connection.attach(session));
    }

    @Override
    public void close() {
        listener.close();
    }
}
