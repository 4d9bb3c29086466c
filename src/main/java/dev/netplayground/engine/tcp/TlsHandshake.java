package dev.netplayground.engine.tcp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tls.FirstBytes;
import dev.netplayground.engine.tls.ServerTls;
import dev.netplayground.engine.tls.TlsFacts;
import dev.netplayground.engine.tls.TlsFailures;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.Arrays;
import javax.net.ssl.SSLSocket;

/**
 * The server side of a TLS handshake on a blocking socket, on the connection's own thread: looks
 * at the first bytes (plain text to a TLS port is said in words), then shakes hands and logs the
 * TLS facts, or why it failed.
 */
final class TlsHandshake {
    private TlsHandshake() {}

    /** Returns the secured socket, or null after logging why there is none (the socket is closed then). */
    static SSLSocket secure(Socket accepted, ServerTls tls, EventEmitter events) {
        String peer = Addresses.format(accepted.getRemoteSocketAddress());
        long start = System.nanoTime();
        try {
            // Per read: a client that connects and says nothing for this long is dropped.
            accepted.setSoTimeout((int) tls.handshakeTimeout().toMillis());
            byte[] first = readFirst(accepted.getInputStream());
            if (first.length == 0) {
                events.emit(EventKind.CLOSED, peer, "closed by peer before the TLS handshake");
                accepted.close();
                return null;
            }
            if (!FirstBytes.looksLikeTlsHandshake(first, 0, first.length)) {
                events.emit(EventKind.FAILED, peer, "Refused: " + FirstBytes.plainTextOnTlsPort(first, first.length));
                accepted.close();
                return null;
            }
            SSLSocket socket = tls.wrap(accepted, first);
            socket.startHandshake();
            socket.setSoTimeout(0);
            events.emit(EventKind.SECURED, peer, TlsFacts.describe(socket.getSession(),
                    socket.getApplicationProtocol(), System.nanoTime() - start));
            return socket;
        } catch (IOException e) {
            events.emit(EventKind.FAILED, peer, TlsFailures.server(e));
            try {
                accepted.close();
            } catch (IOException closing) {
                // Already broken; the failure above is what matters.
            }
            return null;
        }
    }

    /** Up to {@link FirstBytes#NEEDED} bytes, fewer only when the peer closes first. */
    private static byte[] readFirst(InputStream in) throws IOException {
        byte[] first = new byte[FirstBytes.NEEDED];
        int n = 0;
        while (n < first.length) {
            int read = in.read(first, n, first.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        return Arrays.copyOf(first, n);
    }
}
