package dev.netplayground.engine.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server's side of every handshake: its certificate, its key and whether it asks clients
 * for theirs. Client certificates are shown, not judged (any is accepted). Thread-safe.
 */
public final class ServerTls {
    private final SSLContext context;
    private final ClientAuth clientAuth;
    private final CertificateFacts certificate;
    private final Path certificatePem;

    private ServerTls(SSLContext context, ClientAuth clientAuth, CertificateFacts certificate, Path certificatePem) {
        this.context = context;
        this.clientAuth = clientAuth;
        this.certificate = certificate;
        this.certificatePem = certificatePem;
    }

    /** @throws IOException with a sentence when the certificate or key cannot be loaded or used */
    public static ServerTls create(ServerIdentity identity, ClientAuth clientAuth) throws IOException {
        ServerIdentity.Loaded loaded = identity.load();
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(KeyManagers.of(loaded.material()), TrustManagers.anyone(), null);
            return new ServerTls(context, clientAuth, CertificateFacts.of(loaded.material().certificate()),
                    loaded.certificatePem());
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

    /** A server-side engine for the NIO loops. */
    public SSLEngine engine() {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        engine.setWantClientAuth(clientAuth == ClientAuth.WANT);
        if (clientAuth == ClientAuth.NEED) {
            engine.setNeedClientAuth(true);
        }
        return engine;
    }

    /** The line a TLS server prints after {@code listening on}. */
    public String certificateLine() {
        return "certificate: sha256=" + certificate.sha256() + " pem=" + certificatePem;
    }
}
