package dev.netplayground.engine.tcp;

import dev.netplayground.engine.core.Addresses;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * Non-blocking channels on a few selector loops, one platform thread each (as many as there
 * are cores, like Netty's default). The first loop also accepts; new connections go to the
 * loops in turn and stay on theirs.
 */
final class NioServer implements ServerLoop, NioLoop.Ready {
    private final TcpServer server;
    private final ServerSocketChannel channel;
    private final InetSocketAddress localAddress;
    private final NioLoop[] loops;
    // Accepting loop's thread only.
    private int nextLoop;

    NioServer(TcpServer server, InetSocketAddress bind) throws IOException {
        this.server = server;
        this.channel = ServerSocketChannel.open();
        this.loops = new NioLoop[Math.max(1, Runtime.getRuntime().availableProcessors())];
        try {
            channel.bind(bind, ThreadPerConnectionServer.BACKLOG);
            channel.configureBlocking(false);
            localAddress = (InetSocketAddress) channel.getLocalAddress();
            for (int i = 0; i < loops.length; i++) {
                loops[i] = new NioLoop(server::loopFailed);
            }
            loops[0].register(channel, SelectionKey.OP_ACCEPT, this);
        } catch (IOException e) {
            channel.close();
            for (NioLoop loop : loops) {
                if (loop != null) {
                    loop.close();
                }
            }
            throw e;
        }
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public void start() {
        for (int i = 0; i < loops.length; i++) {
            server.threads().platform(server.id() + "-nio-loop-" + i, loops[i]::run);
        }
    }

    /** The listening channel is acceptable: takes every pending connection. */
    @Override
    public void ready(SelectionKey key, ByteBuffer readBuffer) throws IOException {
        SocketChannel client;
        while ((client = channel.accept()) != null) {
            client.configureBlocking(false);
            client.setOption(StandardSocketOptions.TCP_NODELAY, true);
            NioLoop loop = loops[nextLoop];
            nextLoop = (nextLoop + 1) % loops.length;
            NioConnection connection = new NioConnection(
                    server, loop, client, server.nextConnectionId(), Addresses.format(client.getRemoteAddress()));
            if (!server.admit(connection)) {
                client.close();
                continue;
            }
            LineSession session = server.sessionFor(connection);
            loop.execute(() -> connection.attach(session));
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a listening socket has nothing useful to report.
        }
        for (NioLoop loop : loops) {
            loop.close();
        }
        try {
            for (NioLoop loop : loops) {
                loop.awaitEnd(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
