package dev.netplayground.engine.tls;

import dev.netplayground.engine.core.NioTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server's side of every handshake: its certificate, its key and whether it asks clients
 * for theirs. Client certificates are shown, not judged (any is accepted). Thread-safe.
 */
public final class ServerTls {
    /** A client that connects and does not finish its handshake in this time is dropped. */
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    private final SSLContext context;
    private final ClientAuth clientAuth;
    private final CertificateFacts certificate;
    private final Path certificatePem;
    private final Duration handshakeTimeout;

    private ServerTls(SSLContext context, ClientAuth clientAuth, CertificateFacts certificate, Path certificatePem,
            Duration handshakeTimeout) {
        this.context = context;
        this.clientAuth = clientAuth;
        this.certificate = certificate;
        this.certificatePem = certificatePem;
        this.handshakeTimeout = handshakeTimeout;
    }

    /** @throws IOException with a sentence when the certificate or key cannot be loaded or used */
    public static ServerTls create(ServerIdentity identity, ClientAuth clientAuth) throws IOException {
        ServerIdentity.Loaded loaded = identity.load();
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(KeyManagers.of(loaded.material()), TrustManagers.anyone(), null);
            return new ServerTls(context, clientAuth, CertificateFacts.of(loaded.material().certificate()),
                    loaded.certificatePem(), DEFAULT_HANDSHAKE_TIMEOUT);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot serve TLS with this certificate and key: " + e.getMessage(), e);
        }
    }

    public CertificateFacts certificate() {
        return certificate;
    }

    /** The PEM file of the certificate served, for clients to trust ({@code curl --cacert}). */
    public Path certificatePem() {
        return certificatePem;
    }

    public ClientAuth clientAuth() {
        return clientAuth;
    }

    /** How long a client may take from connecting to a finished handshake before it is dropped. */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /** This server's TLS with another handshake timeout (positive). */
    public ServerTls withHandshakeTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The TLS handshake timeout must be positive, not " + timeout + ".");
        }
        return new ServerTls(context, clientAuth, certificate, certificatePem, timeout);
    }

    /**
     * The server side of TLS over an accepted socket; {@code consumed} are bytes already read
     * from it (to look at the protocol), handed to TLS first.
     */
    public SSLSocket wrap(Socket accepted, byte[] consumed) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(accepted,
                new ByteArrayInputStream(consumed), true);
        socket.setUseClientMode(false);
        socket.setWantClientAuth(clientAuth == ClientAuth.WANT);
        if (clientAuth == ClientAuth.NEED) {
            socket.setNeedClientAuth(true);
        }
        return socket;
    }

    /** A server-side engine for the NIO loops, offering {@code alpn} protocols (none: no ALPN) in that order. */
    public SSLEngine engine(String... alpn) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        engine.setWantClientAuth(clientAuth == ClientAuth.WANT);
        if (clientAuth == ClientAuth.NEED) {
            engine.setNeedClientAuth(true);
        }
        if (alpn.length > 0) {
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setApplicationProtocols(alpn);
            engine.setSSLParameters(parameters);
        }
        return engine;
    }

    /**
     * TLS under the streams of the NIO loops, offering {@code alpn} protocols.
     *
     * @param tasks runs the handshakes' delegated tasks off the loops
     */
    public NioTransport.Opener transports(Executor tasks, String... alpn) {
        return (loop, channel, stream) -> new TlsTransport(loop, channel, engine(alpn), stream, tasks,
                handshakeTimeout);
    }

    /** What a TLS server's started event says of its TLS: the certificate and whether it asks for the client's. */
    public String describe() {
        return "TLS with " + certificate.summary() + ", client certificates: "
                + clientAuth.name().toLowerCase(Locale.ROOT);
    }

    /** The line a TLS server prints after {@code listening on}. */
    public String certificateLine() {
        return "certificate: sha256=" + certificate.sha256() + " pem=" + certificatePem;
    }
}
