package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framer;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.FramingException;
import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.Candidates;
import dev.netplayground.engine.core.Endpoint;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.core.SerialExecutor;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tls.ClientTls;
import dev.netplayground.engine.tls.TlsFacts;
import dev.netplayground.engine.tls.TlsFailures;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * A TCP client that can connect, send, be disconnected and connect again. Thread-safe; no
 * method blocks: connecting, reading and sending run on virtual threads, and sends keep their
 * order. What the server sends is cut into messages by the framing chosen at connect (raw
 * chunks unless told). Every step is logged; failures come back as {@link CompletionException}s
 * whose cause message is ready to show.
 */
public final class TcpClient implements Endpoint {
    private static final int READ_BUFFER_BYTES = 16 * 1024;

    private final String id;
    private final EngineThreads threads;
    private final EventEmitter events;
    private final Consumer<Frame> receiver;
    private final SerialExecutor sends;
    private final Object lock = new Object();
    // Guarded by lock.
    private Socket socket;
    private String peer = "";
    private Framing framing = Framing.RAW;
    private CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
    /** The socket {@link #disconnect} closed: its reader says "disconnected", not why reading failed. */
    private volatile Socket disconnecting;

    /** @param receiver gets every message the server sends, on the reading thread (fast, no throw) */
    public TcpClient(String id, EngineThreads threads, EventEmitter events, Consumer<Frame> receiver) {
        this.id = id;
        this.threads = threads;
        this.events = events;
        this.receiver = receiver;
        this.sends = threads.serialVirtual();
    }

    @Override
    public String id() {
        return id;
    }

    /** Active while connected. */
    @Override
    public boolean isActive() {
        synchronized (lock) {
            return socket != null;
        }
    }

    /** Connects in the background, reading raw chunks; the future fails with a message to show. */
    public CompletableFuture<Void> connect(String host, int port, Duration timeout) {
        return connect(host, port, timeout, Framing.RAW, Framing.DEFAULT_MAX_MESSAGE_BYTES);
    }

    /**
     * Connects in the background, cutting what the server sends with {@code framing}; the future
     * fails with a message to show.
     *
     * @throws IllegalArgumentException when the maximum message size does not suit the framing
     */
    public CompletableFuture<Void> connect(String host, int port, Duration timeout, Framing framing,
            int maxMessageBytes) {
        return connect(host, port, timeout, framing, maxMessageBytes, null);
    }

    /**
     * As {@link #connect(String, int, Duration, Framing, int)}, speaking TLS over the connection
     * when {@code tls} is not null: the handshake is part of connecting, and its failure is said in words.
     */
    public CompletableFuture<Void> connect(String host, int port, Duration timeout, Framing framing,
            int maxMessageBytes, ClientTls tls) {
        framing.checkMaxMessage(maxMessageBytes);
        CompletableFuture<Void> connected = new CompletableFuture<>();
        synchronized (lock) {
            if (socket != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("Already connected to " + peer + "."));
            }
            socket = new Socket();
            peer = Addresses.hostPort(host, port);
            this.framing = framing;
            done = new CompletableFuture<>();
        }
        Framer framer = framing.framer(maxMessageBytes);
        threads.virtual(id + "-connect", () -> run(host, port, timeout, framer, tls, connected));
        return connected;
    }

    private void run(String host, int port, Duration timeout, Framer framer, ClientTls tls,
            CompletableFuture<Void> connected) {
        Socket current;
        synchronized (lock) {
            current = socket;
        }
        String note;
        try {
            Candidates candidates = Candidates.resolve(host);
            List<String> failed = new ArrayList<>();
            current = connectToOne(current, candidates, port, timeout, failed);
            note = candidates.whichConnected(current.getInetAddress(), failed);
            current.setTcpNoDelay(true);
        } catch (IOException | IllegalArgumentException e) {
            String message = e instanceof IllegalArgumentException
                    ? "Invalid address " + Addresses.hostPort(host, port) + ": " + NetErrors.reason(e)
                    : NetErrors.connectFailure(e, host, port, timeout.toMillis());
            events.emit(EventKind.FAILED, Addresses.hostPort(host, port), message);
            synchronized (lock) {
                // The last attempt's socket: no other connect can start while it is set.
                current = socket;
            }
            reset(current);
            connected.completeExceptionally(new IOException(message, e));
            return;
        }
        String remote = Addresses.format(current.getRemoteSocketAddress());
        synchronized (lock) {
            peer = remote;
        }
        events.emit(EventKind.CONNECTED, remote, "from " + Addresses.format(current.getLocalSocketAddress()) + note);
        if (tls != null) {
            try {
                current = secure(current, host, port, timeout, tls, remote);
            } catch (IOException e) {
                connected.completeExceptionally(e);
                return;
            }
        }
        connected.complete(null);
        readLoop(current, remote, framer);
    }

    /** The handshake over the connected socket; on failure logs why, disconnects and throws with the sentence. */
    private Socket secure(Socket plain, String host, int port, Duration timeout, ClientTls tls, String remote)
            throws IOException {
        long start = System.nanoTime();
        try {
            SSLSocket secured = tls.wrap(plain, host, port);
            synchronized (lock) {
                if (socket != plain) {
                    throw new IOException("disconnected");
                }
                socket = secured;
            }
            secured.setSoTimeout((int) timeout.toMillis());
            secured.startHandshake();
            secured.setSoTimeout(0);
            String warning = tls.settings().insecure() ? ClientTls.INSECURE_WARNING + " " : "";
            events.emit(EventKind.SECURED, remote, warning + TlsFacts.describe(secured.getSession(),
                    secured.getApplicationProtocol(), System.nanoTime() - start));
            return secured;
        } catch (IOException e) {
            String message = tls.failure(e, host);
            events.emit(EventKind.FAILED, remote, message);
            Socket current;
            synchronized (lock) {
                current = socket;
            }
            reset(current);
            throw new IOException(message, e);
        }
    }

    /**
     * Tries each address of the host in turn (IPv6 and IPv4 when the name has both), each on a fresh
     * socket, until one connects; a disconnect meanwhile ends the attempts. Returns the connected socket.
     */
    private Socket connectToOne(Socket first, Candidates candidates, int port, Duration timeout,
            List<String> failed) throws IOException {
        Socket attempt = first;
        for (int i = 0; ; i++) {
            InetSocketAddress target = new InetSocketAddress(candidates.addresses().get(i), port);
            try {
                attempt.connect(target, (int) timeout.toMillis());
                return attempt;
            } catch (IOException e) {
                if (i == candidates.addresses().size() - 1) {
                    throw e;
                }
                failed.add(Addresses.format(target) + " (" + NetErrors.reason(e) + ")");
                attempt = replaceSocket(attempt, e);
            }
        }
    }

    private Socket replaceSocket(Socket failed, IOException failure) throws IOException {
        synchronized (lock) {
            if (socket != failed) {
                throw failure;
            }
            socket = new Socket();
            return socket;
        }
    }

    private void readLoop(Socket current, String remote, Framer framer) {
        byte[] buffer = new byte[READ_BUFFER_BYTES];
        String reason = "closed by server";
        Framing cutting = framing();
        Consumer<Frame> deliver = message -> {
            // Receiver first: whoever sees the event can rely on the receiver having had the message.
            receiver.accept(message);
            String note = message.cut() == Frame.Cut.UNFINISHED ? cutting.unfinishedNote() : "";
            events.emitData(EventKind.RECEIVED, remote, message.bytes(), 0, message.bytes().length, note);
        };
        try (InputStream in = current.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                framer.feed(buffer, 0, n, deliver);
            }
            framer.finish(deliver);
        } catch (FramingException e) {
            events.emit(EventKind.LIMIT, remote, String.format(Locale.ROOT,
                    "%s The connection is closed; %,d bytes received were not delivered.",
                    e.getMessage(), e.undeliveredBytes()));
            reason = e.closeReason();
        } catch (IOException e) {
            if (e instanceof SSLException && disconnecting != current) {
                // TLS closes the socket itself on a fatal alert: that is the peer's doing, not a disconnect.
                events.emit(EventKind.FAILED, remote, TlsFailures.client(e, remote));
                reason = "closed after a TLS failure";
            } else if (current.isClosed()) {
                reason = "disconnected";
            } else {
                events.emit(EventKind.FAILED, remote, NetErrors.ioFailure(e));
                reason = "closed after an error";
            }
        }
        events.emit(EventKind.CLOSED, remote, reason);
        reset(current);
    }

    private void reset(Socket current) {
        CompletableFuture<Void> finished;
        synchronized (lock) {
            if (socket != current) {
                return;
            }
            socket = null;
            finished = done;
        }
        try {
            current.close();
        } catch (IOException e) {
            // Closing a broken socket has nothing to add.
        }
        finished.complete(null);
    }

    /** Sends bytes after those sent before; the future fails if not connected or the write fails. */
    public CompletableFuture<Void> send(byte[] data) {
        Socket current;
        synchronized (lock) {
            current = socket;
        }
        if (current == null || !current.isConnected()) {
            return CompletableFuture.failedFuture(new IOException("Not connected. Connect to a server first."));
        }
        return CompletableFuture.runAsync(() -> write(current, data), sends);
    }

    private void write(Socket current, byte[] data) {
        try {
            // Logged before the write, so the log never shows the answer before the question.
            events.emitData(EventKind.SENT, Addresses.format(current.getRemoteSocketAddress()), data);
            current.getOutputStream().write(data);
        } catch (IOException e) {
            String message = "Send failed, the " + data.length + " bytes above were not delivered: "
                    + NetErrors.ioFailure(e);
            events.emit(EventKind.FAILED, peer(), message);
            throw new CompletionException(new IOException(message, e));
        }
    }

    /**
     * Sends one message framed as the connection's framing says (with its length header,
     * delimiter or line ending); fails as {@link #send} does, or at once with an
     * {@link IllegalArgumentException} saying why the payload cannot be one message.
     */
    public CompletableFuture<Void> sendMessage(byte[] payload) {
        byte[] framed;
        try {
            framed = framing().encode(payload);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(framed);
    }

    /** The framing of the current (or last) connection. */
    public Framing framing() {
        synchronized (lock) {
            return framing;
        }
    }

    /** Half-closes: tells the server nothing more will be sent, keeps reading its answers. */
    public CompletableFuture<Void> finishSending() {
        return CompletableFuture.runAsync(() -> {
            Socket current;
            synchronized (lock) {
                current = socket;
            }
            try {
                if (current != null) {
                    current.shutdownOutput();
                }
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, sends);
    }

    public boolean isConnected() {
        synchronized (lock) {
            return socket != null && socket.isConnected();
        }
    }

    public String peer() {
        synchronized (lock) {
            return peer;
        }
    }

    /** Completes when the current connection has ended (at once when there is none). */
    public CompletableFuture<Void> closed() {
        synchronized (lock) {
            return done;
        }
    }

    /** Disconnects if connected; the reading thread ends and logs CLOSED. */
    public void disconnect() {
        Socket current;
        synchronized (lock) {
            current = socket;
        }
        if (current != null) {
            disconnecting = current;
            try {
                current.close();
            } catch (IOException e) {
                // Nothing to add: the reader logs the end.
            }
        }
    }

    @Override
    public void close() {
        disconnect();
    }
}
