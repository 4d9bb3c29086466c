package dev.netplayground.engine.load;

import dev.netplayground.engine.core.NetErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pushes bytes into a TCP server over one connection as fast as it takes them, like an iperf3
 * client: lines of a chosen length, written in blocks of about 128 KiB. After the duration it
 * half-closes and waits for the server to close, so the time runs until the server has read
 * everything. Whatever comes back (an echo) is read and counted on a virtual thread, which also
 * closes the socket if the server stops reading, so a run never outlasts its duration by more
 * than {@link #DRAIN_TIMEOUT}. Blocking: runs on the caller's thread.
 */
public final class TcpBulkSend {
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    private static final int BLOCK_BYTES = 128 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    /**
     * @param bytes        bytes written
     * @param seconds      from connected to the server's close (or the drain timeout)
     * @param bytesBack    bytes the server sent back
     * @param serverClosed whether the server closed after reading everything (false: it timed out)
     */
    public record Result(long bytes, double seconds, long bytesBack, boolean serverClosed) {
        public double bytesPerSecond() {
            return seconds == 0 ? 0 : bytes / seconds;
        }
    }

    private TcpBulkSend() {}

    /** @throws IOException with a message for people when it cannot connect or the server breaks off */
    public static Result run(String host, int port, Duration duration, int lineBytes) throws IOException {
        if (lineBytes < 1) {
            throw new IllegalArgumentException("line length must be at least 1 byte");
        }
        byte[] block = block(lineBytes);
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                throw new IOException(NetErrors.connectFailure(e, host, port, CONNECT_TIMEOUT_MILLIS), e);
            }
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            CompletableFuture<Long> drained = drain(socket, deadline + DRAIN_TIMEOUT.toNanos());
            long sent = 0;
            try {
                OutputStream out = socket.getOutputStream();
                while (System.nanoTime() < deadline) {
                    out.write(block);
                    sent += block.length;
                }
                socket.shutdownOutput();
            } catch (IOException e) {
                throw new IOException("The server broke off the transfer after " + sent + " bytes: "
                        + NetErrors.ioFailure(e), e);
            }
            long back;
            boolean closed;
            try {
                back = drained.get(DRAIN_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
                closed = back >= 0;
            } catch (ExecutionException | TimeoutException e) {
                back = 0;
                closed = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return new Result(sent, (System.nanoTime() - start) / 1e9, Math.max(back, 0), closed);
        }
    }

    /** Lines of {@code lineBytes} (printable filler, then {@code \n}) filling about one block. */
    static byte[] block(int lineBytes) {
        int lines = Math.max(1, BLOCK_BYTES / lineBytes);
        byte[] block = new byte[lines * lineBytes];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) ('a' + i % 26);
        }
        for (int end = lineBytes - 1; end < block.length; end += lineBytes) {
            block[end] = '\n';
        }
        return block;
    }

    /**
     * Reads and counts what comes back until the server closes; completes with the count, or
     * with -(count + 1) when {@code giveUpAt} ({@link System#nanoTime}) passes first, after
     * closing the socket so that a blocked writer wakes up.
     */
    private static CompletableFuture<Long> drain(Socket socket, long giveUpAt) throws IOException {
        socket.setSoTimeout(500);
        InputStream in = socket.getInputStream();
        CompletableFuture<Long> done = new CompletableFuture<>();
        Thread.ofVirtual().name("netpg-bulk-drain").start(() -> {
            byte[] buffer = new byte[64 * 1024];
            long count = 0;
            try {
                while (true) {
                    try {
                        int n = in.read(buffer);
                        if (n == -1) {
                            done.complete(count);
                            return;
                        }
                        count += n;
                    } catch (SocketTimeoutException e) {
                        if (System.nanoTime() > giveUpAt) {
                            socket.close();
                            done.complete(-(count + 1));
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                done.complete(-(count + 1));
            }
        });
        return done;
    }
}
