package dev.netplayground.engine.tcp;

import dev.netplayground.engine.core.Addresses;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One selector loop on one platform thread serves every connection with non-blocking
 * channels. Other threads hand it work through {@link #execute}, which wakes the selector.
 */
final class NioServer implements ServerLoop {
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    private final TcpServer server;
    private final Selector selector;
    private final ServerSocketChannel channel;
    private final InetSocketAddress localAddress;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Thread loopThread;

    NioServer(TcpServer server, InetSocketAddress bind) throws IOException {
        this.server = server;
        this.selector = Selector.open();
        this.channel = ServerSocketChannel.open();
        try {
            channel.bind(bind, ThreadPerConnectionServer.BACKLOG);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_ACCEPT);
            localAddress = (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            channel.close();
            selector.close();
            throw e;
        }
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public void start() {
        server.threads().platform(server.id() + "-nio-loop", this::run);
    }

    private void run() {
        loopThread = Thread.currentThread();
        try {
            while (running) {
                selector.select();
                runTasks();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    handle(key);
                }
            }
        } catch (IOException e) {
            if (running) {
                server.loopFailed(e);
            }
        } finally {
            closeQuietly();
            ended.countDown();
        }
    }

    private void handle(SelectionKey key) throws IOException {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            acceptAll();
            return;
        }
        NioConnection connection = (NioConnection) key.attachment();
        if (key.isReadable()) {
            connection.onReadable(readBuffer);
        }
        if (key.isValid() && key.isWritable()) {
            connection.flush();
        }
    }

    private void acceptAll() throws IOException {
        SocketChannel client;
        while ((client = channel.accept()) != null) {
            client.configureBlocking(false);
            client.setOption(StandardSocketOptions.TCP_NODELAY, true);
            NioConnection connection = new NioConnection(
                    server, this, client, server.nextConnectionId(), Addresses.format(client.getRemoteAddress()));
            if (!server.admit(connection)) {
                client.close();
                continue;
            }
            connection.attach(client.register(selector, SelectionKey.OP_READ, connection), server.sessionFor(connection));
        }
    }

    /** Runs the task on the loop thread: now if called there, else at the next wake-up. */
    void execute(Runnable task) {
        if (Thread.currentThread() == loopThread) {
            task.run();
        } else {
            tasks.add(task);
            selector.wakeup();
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
            selector.close();
        } catch (IOException e) {
            // Nothing left to tell: the server is stopping.
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            if (!ended.await(5, TimeUnit.SECONDS)) {
                closeQuietly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
