package dev.netplayground.engine.core;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A listening socket served by a few selector loops, one platform thread each (as many as
 * there are cores, like Netty's default). The first loop also accepts; new connections go to
 * the loops in turn and stay on theirs.
 */
public final class NioListener implements NioLoop.Ready {
    /** Takes an accepted connection and the loop it belongs to; runs on the accepting loop's thread. */
    public interface Acceptor {
        void accepted(SocketChannel channel, NioLoop loop) throws IOException;
    }

    private final ServerSocketChannel channel;
    private final InetSocketAddress localAddress;
    private final NioLoop[] loops;
    private final Acceptor acceptor;
    private final Consumer<IOException> onFailure;
    // Accepting loop's thread only.
    private int nextLoop;

    /**
     * Binds; nothing is accepted before {@link #start}.
     *
     * @param onFailure told when a loop stops on an error other than closing, or accepting fails
     */
    public NioListener(InetSocketAddress bind, int backlog, Consumer<IOException> onFailure, Acceptor acceptor)
            throws IOException {
        this.acceptor = acceptor;
        this.onFailure = onFailure;
        this.channel = ServerSocketChannel.open();
        this.loops = new NioLoop[Math.max(1, Runtime.getRuntime().availableProcessors())];
        try {
            channel.bind(bind, backlog);
            channel.configureBlocking(false);
            localAddress = (InetSocketAddress) channel.getLocalAddress();
            for (int i = 0; i < loops.length; i++) {
                loops[i] = new NioLoop(onFailure);
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

    public InetSocketAddress localAddress() {
        return localAddress;
    }

    /** Runs each loop on a platform thread of its own, named {@code NAME-nio-loop-N}. */
    public void start(EngineThreads threads, String name) {
        for (int i = 0; i < loops.length; i++) {
            threads.platform(name + "-nio-loop-" + i, loops[i]::run);
        }
    }

    /** The listening channel is acceptable: takes every pending connection, non-blocking and with TCP_NODELAY. */
    @Override
    public void ready(SelectionKey key, ByteBuffer readBuffer) throws IOException {
        SocketChannel client;
        while ((client = accept()) != null) {
            NioLoop loop = loops[nextLoop];
            nextLoop = (nextLoop + 1) % loops.length;
            try {
                client.configureBlocking(false);
                client.setOption(StandardSocketOptions.TCP_NODELAY, true);
                acceptor.accepted(client, loop);
            } catch (IOException e) {
                client.close(); // Gone before it was served: nobody to answer.
            }
        }
    }

    /**
     * The next pending connection, or null. When accepting fails (out of file descriptors, most
     * often), says so, pauses this loop briefly so that it does not spin, and keeps listening.
     */
    private SocketChannel accept() {
        try {
            return channel.accept();
        } catch (IOException e) {
            if (channel.isOpen()) {
                onFailure.accept(new IOException(AcceptFailures.message(e), e));
                AcceptFailures.pause();
            }
            return null;
        }
    }

    /**
     * Stops accepting and stops the loops, waiting (bounded) for their threads to end. The
     * accepted channels stay open: their owners close them.
     */
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
