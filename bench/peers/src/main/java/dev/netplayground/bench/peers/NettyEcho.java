package dev.netplayground.bench.peers;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.File;
import java.net.InetSocketAddress;

/**
 * The peer of the tcp-echo benchmark: Netty's idiomatic line echo server (NIO transport,
 * a frame decoder cutting lines, each line written back with its newline). Prints
 * "listening on tcp://127.0.0.1:PORT" on stderr, like ours, then runs until killed.
 * Given {@code CERT.pem KEY.pem}, the peer of tls-echo and tls-handshakes: the same behind
 * Netty's {@code SslHandler} with the JDK's {@code SSLEngine} (not OpenSSL), so both servers pay
 * for the same engine and key; it then prints "listening on tls://127.0.0.1:PORT".
 */
public final class NettyEcho {
    public static void main(String[] args) throws Exception {
        if (args.length != 0 && args.length != 2) {
            System.err.println("usage: NettyEcho [CERT.pem KEY.pem]");
            System.exit(2);
        }
        SslContext tls = args.length == 0 ? null : SslContextBuilder.forServer(new File(args[0]), new File(args[1]))
                .sslProvider(SslProvider.JDK)
                .build();
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            if (tls != null) {
                                channel.pipeline().addLast(tls.newHandler(channel.alloc()));
                            }
                            channel.pipeline().addLast(new LineBasedFrameDecoder(64 * 1024, false, false), new Echo());
                        }
                    })
                    .bind("127.0.0.1", 0).sync().channel();
            System.err.println("listening on " + (tls == null ? "tcp" : "tls") + "://127.0.0.1:"
                    + ((InetSocketAddress) server.localAddress()).getPort());
            server.closeFuture().sync();
        } finally {
            boss.shutdownGracefully();
            workers.shutdownGracefully();
        }
    }

    /** Writes each line back as it came. */
    private static final class Echo extends SimpleChannelInboundHandler<ByteBuf> {
        @Override
        protected void channelRead0(ChannelHandlerContext context, ByteBuf line) {
            context.writeAndFlush(line.retain());
        }
    }
}
