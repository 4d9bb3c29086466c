package dev.netplayground.engine.core;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An endpoint with a socket bound to a local address: its id, its URL with the real port, and a
 * close that runs once, logs why it stopped and tells its owner. Thread-safe.
 */
public abstract class BoundEndpoint implements Endpoint {
    private final String id;
    private final String scheme;
    private final EventEmitter events;
    private final Runnable onClosed;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param scheme the URL's scheme, e.g. {@code udp}
     * @param onClosed run once when the endpoint has closed, e.g. to forget it
     */
    protected BoundEndpoint(String id, String scheme, EventEmitter events, Runnable onClosed) {
        this.id = id;
        this.scheme = scheme;
        this.events = events;
        this.onClosed = onClosed;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The address actually bound (the real port when port 0 was asked for). */
    public abstract InetSocketAddress localAddress();

    /** {@code SCHEME://HOST:PORT} with the real port. */
    public final String url() {
        return scheme + "://" + Addresses.format(localAddress());
    }

    public final boolean isOpen() {
        return !closed.get();
    }

    @Override
    public final void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        String stopped = release();
        events.emit(EventKind.STOPPED, "", stopped);
        onClosed.run();
    }

    /** Closes the sockets and stops the threads; called once. Returns what the STOPPED event says. */
    protected abstract String release();
}
