package dev.netplayground.bench.peers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The client of the c10k benchmark: opens {@code --connections} (default 10000) idle TCP
 * connections to 127.0.0.1:{@code --port} from one thread with non-blocking channels and a
 * selector, at most 500 connects in flight so the server's accept backlog keeps up. Once
 * they are all settled it connects once more, sends "hello\n" and waits for the echo, then
 * prints "c10k connected=N failed=F echo_ms=X" on stdout (X: connect, send and echo of that
 * last connection; "timeout" after 10 s, "failed" if it could not connect). It holds every
 * connection until stdin closes or {@code --hold-seconds} (default 30) pass, then closes
 * them. It does not raise its own file limit: the caller runs {@code ulimit -n} first.
 */
public final class C10kClient {
    private static final int MAX_IN_FLIGHT = 500;
    private static final long CONNECT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long ECHO_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress server;
    private final List<SocketChannel> open = new ArrayList<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private int failed;

    private C10kClient(InetSocketAddress server) {
        this.server = server;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = -1;
        int connections = 10_000;
        int holdSeconds = 30;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                case "--hold-seconds" -> holdSeconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (port < 1 || port > 65535 || args.length % 2 != 0) {
            System.err.println("usage: C10kClient --port N [--connections 10000] [--hold-seconds 30]");
            System.exit(2);
        }
        C10kClient client = new C10kClient(new InetSocketAddress("127.0.0.1", port));
        try (Selector selector = Selector.open()) {
            client.connectAll(selector, connections);
            String echo = client.echo(selector);
            System.out.println("c10k connected=" + client.open.size() + " failed=" + client.failed + " echo_ms=" + echo);
            System.out.flush();
            client.reportFailures();
            holdUntilStdinClosesOr(holdSeconds);
        } finally {
            client.open.forEach(C10kClient::closeQuietly);
        }
    }

    /** Opens {@code count} connections, keeping at most {@link #MAX_IN_FLIGHT} connects pending. */
    private void connectAll(Selector selector, int count) throws IOException {
        int started = 0;
        while (started < count || !selector.keys().isEmpty()) {
            while (started < count && selector.keys().size() < MAX_IN_FLIGHT) {
                started++;
                SocketChannel channel = null;
                try {
                    channel = SocketChannel.open();
                    channel.configureBlocking(false);
                    if (channel.connect(server)) {
                        open.add(channel);
                    } else {
                        channel.register(selector, SelectionKey.OP_CONNECT, System.nanoTime());
                    }
                } catch (IOException e) {
                    fail(channel, e);
                }
            }
            selector.select(100);
            for (SelectionKey key : selector.selectedKeys()) {
                SocketChannel channel = (SocketChannel) key.channel();
                key.cancel();
                try {
                    channel.finishConnect();
                    open.add(channel);
                } catch (IOException e) {
                    fail(channel, e);
                }
            }
            selector.selectedKeys().clear();
            long now = System.nanoTime();
            for (SelectionKey key : selector.keys()) {
                if (key.isValid() && now - (long) key.attachment() > CONNECT_TIMEOUT_NANOS) {
                    key.cancel();
                    fail((SocketChannel) key.channel(), new IOException("connect timed out after 10 s"));
                }
            }
            selector.selectNow(); // lets cancelled keys leave the selector's key set
        }
    }

    /** One more connection, one line there and back: whether the server still serves newcomers. */
    private String echo(Selector selector) throws IOException {
        long start = System.nanoTime();
        long deadline = start + ECHO_TIMEOUT_NANOS;
        ByteBuffer out = ByteBuffer.wrap(HELLO);
        ByteBuffer in = ByteBuffer.allocate(HELLO.length);
        try (SocketChannel channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            boolean connected = channel.connect(server);
            SelectionKey key = channel.register(selector, 0);
            while (true) {
                connected = connected || channel.finishConnect();
                if (connected && out.hasRemaining()) {
                    channel.write(out);
                }
                if (!out.hasRemaining() && channel.read(in) < 0) {
                    throw new IOException("the server closed the connection before echoing");
                }
                if (!in.hasRemaining()) {
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return "timeout";
                }
                key.interestOps(!connected ? SelectionKey.OP_CONNECT : out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                selector.selectedKeys().clear();
            }
            if (!in.flip().equals(ByteBuffer.wrap(HELLO))) {
                throw new IOException("the echo was not hello\\n but " + StandardCharsets.US_ASCII.decode(in));
            }
            return String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            System.err.println("c10k: the echo connection failed: " + reason(e));
            return "failed";
        }
    }

    private void fail(SocketChannel channel, IOException e) {
        failed++;
        failures.merge(reason(e), 1, Integer::sum);
        closeQuietly(channel);
    }

    private void reportFailures() {
        failures.forEach((reason, count) -> System.err.println("c10k: " + count + " connects failed: " + reason));
    }

    private static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Too many open files")) {
            return message + ": raise ulimit -n (each connection needs a file descriptor here and one in the server)";
        }
        if (message.contains("Cannot assign requested address")) {
            return message + ": out of local ports (see net.ipv4.ip_local_port_range)";
        }
        return e.getClass().getSimpleName() + ": " + message;
    }

    /** Returns when stdin reaches its end or after {@code seconds}, whichever comes first. */
    private static void holdUntilStdinClosesOr(int seconds) throws InterruptedException {
        CountDownLatch stdinClosed = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // anything typed is ignored; only the end counts
                }
            } catch (IOException ignored) {
                // a broken stdin counts as closed
            }
            stdinClosed.countDown();
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        stdinClosed.await(seconds, TimeUnit.SECONDS);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
