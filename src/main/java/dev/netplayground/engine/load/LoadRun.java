package dev.netplayground.engine.load;

import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A running TCP echo workload: one virtual thread per client sends a line, waits for its echo,
 * records the round trip, and goes on until the duration is over or {@link #close} is called.
 * Only the start and the end are logged; progress is read with {@link #messages()} etc.
 * Thread-safe.
 */
public final class LoadRun extends MeasuredRun<LoadConfig, LoadResult> {
    private final AtomicLong messages = new AtomicLong();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final CountDownLatch finished;
    private volatile boolean stopped;
    private long startNanos;

    private LoadRun(String id, LoadConfig config, EventEmitter events, Runnable onClosed) {
        super(id, config, events, onClosed);
        this.finished = new CountDownLatch(config.clients());
    }

    /** Starts every client in the background; returns at once. */
    public static LoadRun start(String id, LoadConfig config, EngineThreads threads, EventEmitter events,
            Runnable onClosed) {
        LoadRun run = new LoadRun(id, config, events, onClosed);
        events.emit(EventKind.STARTED, config.target(), String.format(java.util.Locale.ROOT,
                "load: %d clients, %d-byte lines, %s, for %d s", config.clients(), config.messageBytes(),
                config.ratePerClient() == 0 ? "as fast as echoes come back" : config.ratePerClient() + "/s each",
                config.duration().toSeconds()));
        run.startNanos = System.nanoTime();
        for (int i = 0; i < config.clients(); i++) {
            threads.virtual(id + "-client-" + i, run::client);
        }
        threads.virtual(id + "-wait", run::awaitClients);
        return run;
    }

    private void client() {
        long deadline = startNanos + config.duration().toNanos();
        byte[] line = new byte[config.messageBytes()];
        Arrays.fill(line, (byte) 'x');
        line[line.length - 1] = '\n';
        try (Socket socket = new Socket()) {
            sockets.add(socket);
            if (stopped) {
                return;
            }
            int connectTimeoutMillis = (int) config.connectTimeout().toMillis();
            socket.connect(new InetSocketAddress(config.host(), config.port()), connectTimeoutMillis);
            socket.setTcpNoDelay(true);
            // An echo that takes longer than a connect may is counted as an error; the run never hangs on one.
            socket.setSoTimeout((int) config.connectTimeout().toMillis());
            countConnected();
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            double intervalNanos = config.ratePerClient() == 0 ? 0 : 1e9 / config.ratePerClient();
            // With a rate, line n is due at a fixed time after this client connected, and its round trip counts
            // from then, not from when it could be sent (wrk2's way): lines held up behind a stalled echo show
            // the stall instead of hiding it (coordinated omission). Without a rate a line is due when sent.
            long scheduleStart = System.nanoTime();
            for (long n = 0; !stopped; n++) {
                long due = intervalNanos == 0 ? System.nanoTime() : scheduleStart + (long) (n * intervalNanos);
                if (due >= deadline) {
                    break;
                }
                waitUntil(due);
                out.write(line);
                try {
                    readLine(in);
                } catch (SocketTimeoutException e) {
                    throw new NoEchoException(config.connectTimeout());
                }
                recordLatency(System.nanoTime() - due);
                messages.incrementAndGet();
            }
        } catch (IOException e) {
            if (!stopped) {
                countError(kind(e));
            }
        } finally {
            finished.countDown();
        }
    }

    private void waitUntil(long due) {
        long wait;
        while (!stopped && (wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void readLine(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new EOFException("closed by server");
            }
        }
    }

    /** The server kept the connection but sent no echo in time. */
    private static final class NoEchoException extends IOException {
        NoEchoException(java.time.Duration timeout) {
            super("no echo within " + timeout.toMillis() + " ms");
        }
    }

    private String kind(IOException e) {
        if (e instanceof EOFException) {
            return "closed by server";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof NoEchoException) {
            return "no echo in time";
        }
        if (e instanceof SocketTimeoutException) {
            return "connect timeout";
        }
        if (e instanceof ConnectException) {
            return String.valueOf(e.getMessage()).contains("refused") ? "refused" : "connect failed";
        }
        String message = NetErrors.ioFailure(e);
        return message.startsWith("Connection reset") ? "reset"
                : message.startsWith("The peer closed") ? "broken pipe"
                : "other";
    }

    private void awaitClients() {
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LoadResult result = result();
        finish(config.target(), String.format(java.util.Locale.ROOT,
                "load done: %,d messages (%,.0f/s), p99 %.3f ms, %d errors", result.messages(),
                result.messagesPerSecond(), result.latencies().p99Nanos() / 1e6, result.errorCount()), result);
    }

    @Override
    public LoadResult result() {
        double seconds = Math.min(System.nanoTime() - startNanos, config.duration().toNanos()) / 1e9;
        long count = messages.get();
        return new LoadResult(config.clients(), connected(), count, count * config.messageBytes(), seconds,
                latencyFigures(), errorCounts());
    }

    public long messages() {
        return messages.get();
    }

    /** Stops early: closes every connection, which ends the clients. */
    @Override
    public void close() {
        stopped = true;
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing to stop: nothing to report.
            }
        }
    }
}
