package dev.netplayground.engine.http;

import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioStream;
import dev.netplayground.engine.core.NioTransport;
import dev.netplayground.engine.http.ResponseEncoder.Persistence;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One HTTP/1.1 connection on one NIO loop, over the plain socket or TLS. Reads requests in
 * order, pipelined ones too, and answers each as soon as it is whole. Answers are written at
 * once; what the socket does not take waits for OP_WRITE, and reading pauses until it is out.
 * After an answer that closes, the connection shuts its output and drains what the client
 * still sends for a moment, so that closing does not reset the connection under the answer
 * (RFC 9112 section 9.6).
 * Loop thread only, but {@link #isExpired}, {@link #closeIfExpired} and {@link #close}.
 */
final class HttpConnection implements NioStream {
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int LINGER_BYTES = 256 * 1024;

    private final NioHttpServer server;
    private final NioLoop loop;
    private final SocketChannel channel;
    private final NioTransport transport;
    private final String peer;
    private final AtomicBoolean closed = new AtomicBoolean();
    // When the idle sweep may close it, in System.nanoTime(); written on the loop thread.
    private volatile long expiresAt;
    // While part of a request head has arrived: when all of it must have; written on the loop thread.
    private volatile boolean receivingHead;
    private volatile long headDeadline;
    // Loop thread only.
    private final PendingOutput output = new PendingOutput();
    private final HeadReader heads = new HeadReader();
    private RequestHead head;
    private BodyReader body;
    private Reply decided; // known from the head; sent once the body has been skipped
    private long requestStart;
    private boolean closeAfterOutput;
    private boolean lingering;
    private int lingered;
    private boolean peerClosed;

    HttpConnection(NioHttpServer server, NioLoop loop, SocketChannel channel, NioTransport.Opener transports,
            String peer) {
        this.server = server;
        this.loop = loop;
        this.channel = channel;
        this.transport = transports.open(loop, channel, this);
        this.peer = peer;
        this.expiresAt = System.nanoTime() + server.idleTimeout().toNanos();
    }

    /** Loop thread: starts reading. */
    void attach() {
        try {
            transport.start();
        } catch (IOException e) {
            close(); // Closed by the server meanwhile.
        }
    }

    @Override
    public SocketChannel channel() {
        return channel;
    }

    @Override
    public void received(byte[] bytes, int length) {
        if (lingering) {
            lingered += length;
            if (lingered > LINGER_BYTES) {
                close();
            }
            return;
        }
        long now = System.nanoTime();
        expiresAt = now + server.idleTimeout().toNanos();
        try {
            serve(bytes, 0, length, now);
        } catch (HttpProtocolException e) {
            if (head == null) {
                requestStart = now;
            }
            answer(decided != null ? decided : e.reply(), BodyReader.EMPTY, true);
        } catch (RuntimeException e) {
            server.log().brokeOff(peer, head,
                    "the server failed while answering (" + e + "); closed the connection.");
            close(); // A bug here must not end the loop, and with it every connection on it.
            return;
        }
        flush();
    }

    /** Answers every request that is whole in {@code a[from, to)} and keeps the start of the next. */
    private void serve(byte[] a, int from, int to, long now) throws HttpProtocolException {
        int pos = from;
        while (pos < to && !closeAfterOutput) {
            if (head == null) {
                pos = heads.read(a, pos, to);
                head = heads.take();
                if (head == null) {
                    if (heads.hasPartialHead()) {
                        awaitRestOfHead(now);
                    }
                    return;
                }
                clearHeadDeadline();
                requestStart = now;
                beginBody();
            } else {
                pos = body.read(a, pos, to);
            }
            if (body != null && body.isComplete()) {
                byte[] bytes = body.body();
                answer(decided != null ? decided : server.handler().answer(head, bytes), bytes, false);
            }
        }
    }

    /** The first bytes of a request line have come: the whole head has the head timeout from now. */
    private void awaitRestOfHead(long now) {
        if (!receivingHead) {
            requestStart = now;
            headDeadline = now + server.headTimeout().toNanos();
            receivingHead = true;
        }
    }

    private void clearHeadDeadline() {
        if (receivingHead) {
            receivingHead = false;
        }
    }

    /** From the head: read the body, skip it (the answer is known), or answer at once and close. */
    private void beginBody() {
        Reply early = server.handler().check(head);
        int maxBodyBytes = server.maxBodyBytes();
        boolean waitsForContinue = head.expectContinue() && head.declaresBody();
        if (head.contentLength() > maxBodyBytes || (early != null && waitsForContinue)) {
            answer(early != null ? early : Reply.tooLarge(maxBodyBytes), BodyReader.EMPTY, true);
            return;
        }
        decided = early;
        body = head.chunked()
                ? new ChunkedBody(maxBodyBytes, early == null)
                : new FixedLengthBody((int) Math.max(0, head.contentLength()), early == null);
        if (early == null && waitsForContinue) {
            output.write(ResponseEncoder.CONTINUE);
        }
    }

    /**
     * Queues the answer to the current request (null head: one that could not be read), logs it, and readies the
     * next.
     */
    private void answer(Reply reply, byte[] requestBody, boolean close) {
        boolean closing = close || head == null || !head.persistent();
        Persistence persistence = closing ? Persistence.CLOSE
                : head.http11() ? Persistence.KEEP
                : Persistence.KEEP_ALIVE;
        clearHeadDeadline();
        ResponseEncoder.write(reply, head == null || !head.isHead(), persistence, output);
        server.log().answered(peer, head, requestBody, reply, requestStart);
        head = null;
        body = null;
        decided = null;
        closeAfterOutput = closing;
    }

    /** Writes what the socket takes; reads again once all is out, or winds down after the last answer. */
    @Override
    public void flush() {
        try {
            if (!output.isEmpty() && !output.writeTo(transport)) {
                transport.interest(false, true);
                return;
            }
        } catch (IOException e) {
            ioFailed(e);
            return;
        }
        if (closeAfterOutput) {
            linger();
        } else {
            transport.interest(true, false);
        }
    }

    /** The last answer is out: closes if the client is gone, else shuts output and drains for a moment. */
    private void linger() {
        closeAfterOutput = false;
        if (peerClosed) {
            close();
            return;
        }
        try {
            transport.shutdownOutput();
        } catch (IOException e) {
            close();
            return;
        }
        lingering = true;
        expiresAt = System.nanoTime() + Math.min(LINGER_NANOS, server.idleTimeout().toNanos());
        transport.interest(true, false);
    }

    @Override
    public void endOfStream() {
        peerClosed = true;
        if (!lingering && (head != null || heads.hasPartialHead())) {
            server.log().brokeOff(peer, head, "the client closed the connection before the request was complete.");
            close();
        } else if (output.isEmpty()) {
            close();
        } else {
            closeAfterOutput = true;
            transport.interest(false, true);
        }
    }

    @Override
    public void ioFailed(IOException e) {
        if (inExchange()) {
            server.log().brokeOff(peer, head, "the exchange broke off: " + NetErrors.ioFailure(e));
        }
        close();
    }

    @Override
    public void secured(String facts) {
        server.log().secured(peer, facts);
    }

    @Override
    public void refused(String sentence) {
        server.log().refusedTls(peer, sentence);
        close();
    }

    /** Loop thread: what {@link #ready} did not handle itself (a closed key, a bug) ends this connection only. */
    @Override
    public void failed(SelectionKey selected, Exception e) {
        if (inExchange()) {
            server.log().brokeOff(peer, head, "the exchange broke off: " + e);
        }
        close();
    }

    /** A request has begun or an answer is still going out. */
    private boolean inExchange() {
        return !lingering && (head != null || heads.hasPartialHead() || !output.isEmpty());
    }

    /**
     * Any thread: whether nothing has moved for the idle timeout (or the drain after the last
     * answer is over), or a request head has not all arrived by its deadline.
     */
    boolean isExpired(long now) {
        return now - expiresAt > 0 || isHeadLate(now);
    }

    private boolean isHeadLate(long now) {
        return receivingHead && now - headDeadline > 0;
    }

    /** Any thread: on its loop, answers a late head with 408 and closes, or closes if still idle there. */
    void closeIfExpired() {
        loop.execute(() -> {
            long now = System.nanoTime();
            if (closed.get() || !isExpired(now)) {
                return;
            }
            if (isHeadLate(now)) {
                answer(Reply.headTimedOut(server.headTimeout()), BodyReader.EMPTY, true);
                flush();
                return;
            }
            if (inExchange()) {
                server.log().stalled(peer, head, server.idleTimeout());
            }
            close();
        });
    }

    /** Any thread; idempotent. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            transport.close();
            server.forget(this);
        }
    }
}
