package dev.netplayground.bench.peers;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslProvider;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client of the tls-echo and tls-handshakes benchmarks, the same for our servers and for
 * Netty's, so the figures compare the servers: Netty with the JDK's {@code SSLEngine},
 * TLS 1.3 and TLS_AES_128_GCM_SHA256 only (so both servers negotiate the same suite),
 * trusting the PEM certificate given with {@code --cacert}.
 * <ul>
 * <li>{@code --mode echo}: {@code --clients} connections handshake, then each sends a
 * {@code --size}-byte line and waits for its echo, over and over; prints
 * {"messagesPerSecond":X,"p99Ms":Y,"errors":E} over the {@code --duration} seconds that follow
 * 2 s of warm-up once all connected.</li>
 * <li>{@code --mode handshakes}: {@code --clients} loops each connect, handshake, echo one
 * line and close, then start again; prints {"handshakesPerSecond":X,"p99Ms":Y,"errors":E},
 * the p99 of connect-to-echo, after 2 s of warm-up.</li>
 * </ul>
 */
public final class TlsLoad {
    private static final int MAX_LINE = 64 * 1024;
    private static final int WARM_UP_SECONDS = 2;

    private final Bootstrap bootstrap;
    private final boolean handshakes;
    private final byte[] line;
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Queue<Client> clients = new ConcurrentLinkedQueue<>();
    private final CountDownLatch connected;
    private volatile boolean measuring;
    private volatile boolean running = true;

    private TlsLoad(EventLoopGroup group, SslContext tls, int port, boolean handshakes, int clients, int size) {
        this.handshakes = handshakes;
        this.connected = new CountDownLatch(handshakes ? 0 : clients);
        this.line = new byte[size];
        Arrays.fill(line, (byte) 'x');
        line[size - 1] = '\n';
        this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .remoteAddress("127.0.0.1", port)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(tls.newHandler(channel.alloc(), "localhost", port),
                                new LineBasedFrameDecoder(MAX_LINE), new Client());
                    }
                });
    }

    public static void main(String[] args) throws Exception {
        String mode = "echo";
        String cacert = null;
        int port = -1;
        int clients = 100;
        int seconds = 10;
        int size = 32;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--mode" -> mode = args[i + 1];
                case "--cacert" -> cacert = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--duration" -> seconds = Integer.parseInt(args[i + 1]);
                case "--size" -> size = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (port < 1 || cacert == null || size < 2 || !(mode.equals("echo") || mode.equals("handshakes"))) {
            System.err.println("usage: TlsLoad --port N --cacert CERT.pem [--mode echo|handshakes] [--clients 100]"
                    + " [--duration 10] [--size 32]");
            System.exit(2);
        }
        SslContext tls = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                .trustManager(new File(cacert))
                .protocols("TLSv1.3").ciphers(List.of("TLS_AES_128_GCM_SHA256"))
                .build();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        TlsLoad load = new TlsLoad(group, tls, port, mode.equals("handshakes"), clients, size);
        double elapsed;
        try {
            elapsed = load.run(clients, seconds);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
        // The loops have stopped: every client's figures are final and visible here.
        System.out.println(load.result(elapsed));
    }

    /** Connects, then measures for {@code seconds} from 2 s after all connected; returns the seconds measured. */
    private double run(int count, int seconds) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            connect();
        }
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(connected.getCount() + " of " + count + " clients did not connect in 30 s");
        }
        // A fresh JVM's first seconds of handshakes run the EC code interpreted: not measured.
        TimeUnit.SECONDS.sleep(WARM_UP_SECONDS); // a fixed span, not a wait for an event
        measuring = true;
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds); // the run's length, not a wait for an event
        measuring = false;
        running = false;
        return (System.nanoTime() - start) / 1e9;
    }

    private String result(double elapsed) {
        long[] all = clients.stream().flatMapToLong(c -> Arrays.stream(c.mine, 0, c.count)).sorted().toArray();
        double p99 = all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
        return String.format(Locale.ROOT, "{\"%s\":%.0f,\"p99Ms\":%.3f,\"errors\":%d}",
                handshakes ? "handshakesPerSecond" : "messagesPerSecond", completed.get() / elapsed, p99, errors.get());
    }

    private void connect() {
        bootstrap.connect().addListener((ChannelFutureListener) future -> {
            if (!future.isSuccess()) {
                failed("connect failed", future.cause());
                if (handshakes && running) {
                    future.channel().eventLoop().schedule(this::connect, 10, TimeUnit.MILLISECONDS);
                }
            }
        });
    }

    /** Counts and prints a failure while the run lasts (not those of the shutdown at its end). */
    private void failed(String what, Throwable cause) {
        if (running) {
            errors.incrementAndGet();
            System.err.println(what + ": " + cause);
        }
    }

    /** One connection: sends a line after the handshake and one after each echo (echo mode), or closes (handshakes). */
    private final class Client extends SimpleChannelInboundHandler<ByteBuf> {
        private final long connectStarted = System.nanoTime();
        private long[] mine = new long[8];
        private int count;
        private long sent;

        Client() {
            clients.add(this);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) {
            if (event instanceof SslHandshakeCompletionEvent done) {
                if (!done.isSuccess()) {
                    failed("handshake failed", done.cause());
                    context.close();
                    return;
                }
                if (!handshakes) {
                    connected.countDown();
                }
                send(context);
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, ByteBuf echo) {
            long now = System.nanoTime();
            if (measuring) {
                completed.incrementAndGet();
                record(now - (handshakes ? connectStarted : sent));
            }
            if (handshakes) {
                context.close();
            } else if (running) {
                send(context);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            if (handshakes && running) {
                connect();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            failed("error", cause);
            context.close();
        }

        private void send(ChannelHandlerContext context) {
            sent = System.nanoTime();
            context.writeAndFlush(Unpooled.wrappedBuffer(line));
        }

        private void record(long nanos) {
            if (count == mine.length) {
                mine = Arrays.copyOf(mine, count * 2);
            }
            mine[count++] = nanos;
        }
    }
}
