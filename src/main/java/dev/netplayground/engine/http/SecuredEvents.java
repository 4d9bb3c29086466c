package dev.netplayground.engine.http;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tls.TlsFacts;
import javax.net.ssl.SSLSocket;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;

/**
 * One call's OkHttp listener: when the call gets an HTTPS connection, says in the log how it is
 * secured (protocol, cipher suite, ALPN, the server's chain, handshake time), after a warning when
 * it is not verified. OkHttp calls it on the calling thread.
 */
final class SecuredEvents extends EventListener {
    private final EventEmitter events;
    private final String peer;
    private final String warning;
    private long handshakeStart;
    private long handshakeNanos = -1;

    /** @param warning said before the facts on every request (empty for none) */
    SecuredEvents(EventEmitter events, String peer, String warning) {
        this.events = events;
        this.peer = peer;
        this.warning = warning;
    }

    @Override
    public void secureConnectStart(Call call) {
        handshakeStart = System.nanoTime();
    }

    @Override
    public void secureConnectEnd(Call call, Handshake handshake) {
        handshakeNanos = System.nanoTime() - handshakeStart;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        if (connection.socket() instanceof SSLSocket tls) {
            String offered = tls.getApplicationProtocol();
            // Without ALPN, OkHttp speaks HTTP/1.1.
            String alpn = offered == null || offered.isEmpty() ? "none (HTTP/1.1)" : offered;
            events.emit(EventKind.SECURED, peer, warning + (handshakeNanos >= 0
                    ? TlsFacts.describe(tls.getSession(), alpn, handshakeNanos)
                    : TlsFacts.describeReused(tls.getSession(), alpn)));
        }
    }
}
