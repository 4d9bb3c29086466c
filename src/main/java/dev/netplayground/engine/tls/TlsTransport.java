package dev.netplayground.engine.tls;

import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioStream;
import dev.netplayground.engine.core.NioTransport;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * The server side of TLS over one non-blocking socket on a NIO loop, between the socket and a
 * {@link NioStream}: looks at the first bytes (plain text to a TLS port is said in words), shakes
 * hands, then unwraps what comes for the stream and wraps what it writes. The handshake's
 * delegated tasks run on the given executor and resume the connection on its loop, so the loop
 * never waits. At most one TLS packet waits to go out beside the stream's own output. Loop
 * thread only, but {@link #close}.
 */
public final class TlsTransport implements NioTransport, NioLoop.Ready {
    /** How long a closed connection may take to send the TLS bytes still waiting, close_notify last. */
    static final long CLOSING_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final NioLoop loop;
    private final SocketChannel channel;
    private final SSLEngine engine;
    private final NioStream stream;
    private final Executor tasks;
    private final Duration handshakeTimeout;
    private final long startNanos = System.nanoTime();
    // Loop thread only. netIn and netOut are kept filled from 0 to their position.
    private ByteBuffer netIn;
    private ByteBuffer appIn;
    private ByteBuffer netOut;
    private SelectionKey key;
    private boolean checkedFirstBytes;
    private boolean secured;
    private boolean runningTask;
    private boolean inputEnded;
    private boolean shutdownAfterFlush;
    private boolean processing;
    private boolean closed;
    private boolean streamReads = true;
    private boolean streamWrites;

    /**
     * @param tasks runs the handshake's delegated tasks (key exchange, certificate checks) off the loop
     * @param handshakeTimeout a client that connects and does not finish its handshake in this time is dropped
     */
    public TlsTransport(NioLoop loop, SocketChannel channel, SSLEngine engine, NioStream stream, Executor tasks,
            Duration handshakeTimeout) {
        this.loop = loop;
        this.channel = channel;
        this.engine = engine;
        this.stream = stream;
        this.tasks = tasks;
        this.handshakeTimeout = handshakeTimeout;
        int packet = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(packet);
        this.netOut = ByteBuffer.allocate(packet);
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    }

    @Override
    public void start() throws IOException {
        key = loop.register(channel, SelectionKey.OP_READ, this);
        engine.beginHandshake();
        loop.schedule(handshakeTimeout.toNanos(), () -> {
            if (!secured && !closed) {
                refuse(TlsFailures.server(new SocketTimeoutException("Read timed out")));
            }
        });
    }

    @Override
    public void ready(SelectionKey selected, ByteBuffer readBuffer) {
        if (closed) {
            finishClosing();
            return;
        }
        if (selected.isReadable()) {
            readNet();
        }
        if (!closed && selected.isValid() && selected.isWritable()) {
            writable();
        }
    }

    @Override
    public void failed(SelectionKey selected, Exception e) {
        stream.failed(selected, e);
    }

    private void readNet() {
        int n;
        try {
            n = channel.read(netIn);
        } catch (IOException e) {
            failWith(e);
            return;
        }
        if (n < 0) {
            peerEnded();
            updateInterest();
        } else {
            process();
        }
    }

    private void peerEnded() {
        inputEnded = true;
        if (secured || (!checkedFirstBytes && netIn.position() == 0)) {
            stream.endOfStream();
        } else if (!checkedFirstBytes) {
            checkFirstBytes(); // Fewer bytes than the check wants: judge by what came.
            if (!closed) {
                refuse(TlsFailures.server(new EOFException("the connection was closed")));
            }
        } else {
            refuse(TlsFailures.server(new EOFException("the connection was closed")));
        }
    }

    /** Does every step that can be done now: tasks, handshake messages, unwrapping for the stream. */
    private void process() {
        if (processing) {
            return; // Called back from the stream while a step runs: the running loop goes on.
        }
        processing = true;
        try {
            while (step()) {
                // Each step made progress; try the next.
            }
        } catch (IOException e) {
            failWith(e);
        } finally {
            processing = false;
        }
        updateInterest();
    }

    /** One step; true when it made progress and another may follow. */
    private boolean step() throws IOException {
        if (closed || runningTask) {
            return false;
        }
        if (!checkedFirstBytes) {
            if (netIn.position() < FirstBytes.NEEDED) {
                return false;
            }
            checkFirstBytes();
            if (closed) {
                return false;
            }
        }
        return switch (engine.getHandshakeStatus()) {
            case NEED_TASK -> runTask();
            case NEED_WRAP -> wrapHandshake();
            default -> unwrap();
        };
    }

    private void checkFirstBytes() {
        checkedFirstBytes = true;
        if (!FirstBytes.looksLikeTlsHandshake(netIn.array(), 0, netIn.position())) {
            refuse("Refused: " + FirstBytes.plainTextOnTlsPort(netIn.array(), netIn.position()));
        }
    }

    private boolean runTask() {
        Runnable task = engine.getDelegatedTask();
        if (task == null) {
            return true;
        }
        runningTask = true;
        tasks.execute(() -> {
            try {
                task.run();
            } finally {
                loop.execute(this::taskDone);
            }
        });
        return false;
    }

    private void taskDone() {
        runningTask = false;
        if (!closed) {
            process();
        }
    }

    private boolean wrapHandshake() throws IOException {
        if (!flushNet()) {
            return false; // Resumed when the socket takes more.
        }
        SSLEngineResult result = engine.wrap(EMPTY, netOut);
        if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
            netOut = grown(netOut, engine.getSession().getPacketBufferSize());
            return true;
        }
        checkFinished(result);
        flushNet();
        return result.getStatus() == SSLEngineResult.Status.OK;
    }

    private boolean unwrap() throws IOException {
        if ((secured && !streamReads) || netIn.position() == 0) {
            return false;
        }
        netIn.flip();
        SSLEngineResult result;
        try {
            result = engine.unwrap(netIn, appIn);
        } finally {
            netIn.compact();
        }
        switch (result.getStatus()) {
            case BUFFER_UNDERFLOW -> {
                int packet = engine.getSession().getPacketBufferSize();
                if (!netIn.hasRemaining() || netIn.capacity() < packet) {
                    netIn = grown(netIn, packet);
                }
                return false; // The rest of the record is still to come.
            }
            case BUFFER_OVERFLOW -> {
                if (appIn.position() > 0) {
                    deliver();
                } else {
                    appIn = grown(appIn, engine.getSession().getApplicationBufferSize());
                }
                return true;
            }
            case CLOSED -> {
                deliver();
                inputEnded = true;
                stream.endOfStream(); // The peer's close_notify.
                return false;
            }
            default -> {
                checkFinished(result);
                deliver();
                return result.bytesConsumed() > 0 || result.bytesProduced() > 0;
            }
        }
    }

    private void checkFinished(SSLEngineResult result) {
        if (!secured && result.getHandshakeStatus() == HandshakeStatus.FINISHED) {
            secured = true;
            stream.secured(TlsFacts.describe(engine.getSession(), engine.getApplicationProtocol(),
                    System.nanoTime() - startNanos));
        }
    }

    /** Hands the plain bytes unwrapped so far to the stream. */
    private void deliver() {
        int length = appIn.position();
        if (length > 0) {
            appIn.clear();
            stream.received(appIn.array(), length);
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (!secured || closed) {
            return 0; // Written once the handshake is done: the stream is flushed then.
        }
        int taken = 0;
        while (src.hasRemaining() && flushNet()) {
            SSLEngineResult result = engine.wrap(src, netOut);
            if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                netOut = grown(netOut, engine.getSession().getPacketBufferSize());
            } else if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                throw new IOException("the TLS session is closed");
            }
            taken += result.bytesConsumed();
        }
        flushNet();
        return taken;
    }

    /** Writes the TLS bytes waiting, as far as the socket takes them; true when none is left. */
    private boolean flushNet() throws IOException {
        if (netOut.position() == 0) {
            return true;
        }
        netOut.flip();
        try {
            channel.write(netOut);
        } finally {
            netOut.compact();
        }
        return netOut.position() == 0;
    }

    private void writable() {
        try {
            if (!flushNet()) {
                return;
            }
            if (shutdownAfterFlush) {
                shutdownAfterFlush = false;
                channel.shutdownOutput();
            }
        } catch (IOException e) {
            failWith(e);
            return;
        }
        process();
        if (secured && streamWrites && !closed) {
            stream.flush();
        }
        updateInterest();
    }

    @Override
    public void interest(boolean read, boolean write) {
        boolean resumed = read && !streamReads;
        streamReads = read;
        streamWrites = write;
        if (resumed && secured && netIn.position() > 0) {
            process(); // Records that came while reading was paused.
        } else {
            updateInterest();
        }
    }

    private void updateInterest() {
        if (closed || key == null || !key.isValid()) {
            return;
        }
        boolean read = !inputEnded && !runningTask && (!secured || streamReads);
        boolean write = netOut.position() > 0 || (secured && streamWrites);
        try {
            key.interestOps((read ? SelectionKey.OP_READ : 0) | (write ? SelectionKey.OP_WRITE : 0));
        } catch (CancelledKeyException e) {
            // Closed by another thread meanwhile; whoever closed it reports it.
        }
    }

    @Override
    public void shutdownOutput() throws IOException {
        closeOutbound();
        if (flushNet()) {
            channel.shutdownOutput();
        } else {
            shutdownAfterFlush = true;
            updateInterest();
        }
    }

    /** Queues close_notify. */
    private void closeOutbound() throws IOException {
        engine.closeOutbound();
        while (!engine.isOutboundDone()) {
            SSLEngineResult result = engine.wrap(EMPTY, netOut);
            if (result.getStatus() != SSLEngineResult.Status.OK || result.bytesProduced() == 0) {
                break;
            }
        }
    }

    /** Before the handshake is done a failure is a refusal in words; after it, the stream's own failure. */
    private void failWith(IOException e) {
        if (closed) {
            return;
        }
        if (secured) {
            stream.ioFailed(e);
        } else {
            if (e instanceof SSLException) {
                try {
                    closeOutbound(); // The alert that says why, for the client.
                    flushNet();
                } catch (IOException | RuntimeException alert) {
                    // The refusal below is what matters.
                }
            }
            refuse(TlsFailures.server(e));
        }
    }

    private void refuse(String sentence) {
        stream.refused(sentence);
        close();
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() {
        loop.execute(this::closeNow);
    }

    /**
     * Says close_notify on a secured session (before that, a client may not speak TLS at all);
     * what the socket does not take at once goes out as it takes more, for {@link #CLOSING_NANOS} at most.
     */
    private void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (secured && !engine.isOutboundDone()) {
                closeOutbound();
            }
            if (!flushNet() && key != null && key.isValid()) {
                key.interestOps(SelectionKey.OP_WRITE);
                loop.schedule(CLOSING_NANOS, this::closeChannel);
                return;
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: the peer may be gone already.
        }
        closeChannel();
    }

    /** Closed, and the socket takes more of what waited. */
    private void finishClosing() {
        try {
            if (!flushNet()) {
                return;
            }
        } catch (IOException e) {
            // The peer is gone: nothing more can reach it.
        }
        closeChannel();
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            // Already broken: nothing to add.
        }
    }

    /** A bigger buffer (at least {@code atLeast} bytes) holding what {@code buffer} holds. */
    private static ByteBuffer grown(ByteBuffer buffer, int atLeast) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(atLeast, buffer.capacity() * 2));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }
}
