package dev.netplayground.engine.tls;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** A TLS client's side of every handshake, made from {@link TlsClientSettings}. Thread-safe. */
public final class ClientTls {
    /** Said on every connection made without verification. */
    public static final String INSECURE_WARNING =
            "WARNING: insecure: the server's certificate is not verified; anyone in the path could read this.";

    private final SSLContext context;
    private final RecordingTrustManager trust;
    private final NoClientCertificate noCertificate;
    private final TlsClientSettings settings;
    private final SSLSocketFactory layering;

    private ClientTls(SSLContext context, RecordingTrustManager trust, NoClientCertificate noCertificate,
            TlsClientSettings settings) {
        this.context = context;
        this.trust = trust;
        this.noCertificate = noCertificate;
        this.settings = settings;
        this.layering = new LayeringSocketFactory(this, context.getSocketFactory());
    }

    /** @throws IOException with a sentence when a CA, certificate or key file cannot be used */
    public static ClientTls create(TlsClientSettings settings) throws IOException {
        try {
            TrustManager[] judges = settings.insecure() ? TrustManagers.anyone()
                    : settings.pinnedSha256() != null ? TrustManagers.pinned(settings.pinnedSha256())
                    : TrustManagers.systemPlus(settings.caFile());
            NoClientCertificate none = settings.certFile() == null ? new NoClientCertificate() : null;
            KeyManager[] keys = none != null ? new KeyManager[] {none} : KeyManagers.of(new KeyMaterial(
                    Pem.readPrivateKey(settings.keyFile()), Pem.readCertificates(settings.certFile())));
            SSLContext context = SSLContext.getInstance("TLS");
            RecordingTrustManager trust = new RecordingTrustManager((X509ExtendedTrustManager) judges[0]);
            context.init(keys, new TrustManager[] {trust}, null);
            return new ClientTls(context, trust, none, settings);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    public TlsClientSettings settings() {
        return settings;
    }

    /** Whom this client trusts, for libraries that take it beside a socket factory (OkHttp). */
    public X509TrustManager trustManager() {
        return trust;
    }

    /**
     * Sockets layered over a connected one as {@link #wrap} does them (SNI, and the host name
     * checked during the handshake unless insecure or pinned), for libraries that open their own
     * connections (OkHttp). One per instance, so OkHttp reuses connections made with the same settings.
     */
    public SSLSocketFactory socketFactory() {
        return layering;
    }

    /** The chain the server showed in this client's last handshake (trusted or not); empty before one. */
    public List<X509Certificate> lastServerChain() {
        return trust.lastServerChain();
    }

    /** The name the server's certificate is checked against: the server name if set, else the host. */
    public String verifiedName(String host) {
        return settings.serverName() == null ? host : settings.serverName();
    }

    /** Why a TLS connection to {@code host} failed, in words: a refusal for want of a certificate included. */
    public String failure(IOException e, String host) {
        return refusedForWantOfACertificate(e) ? TlsFailures.CLIENT_CERTIFICATE_REQUIRED
                : TlsFailures.client(e, verifiedName(host));
    }

    /**
     * Whether {@code failure} is a server refusing this client, which has no certificate, after it
     * asked for one: its alert (TLS 1.2 servers send a bare handshake_failure), or the socket it cut
     * while the client still wrote, before that alert could be read.
     */
    public boolean refusedForWantOfACertificate(IOException failure) {
        if (noCertificate == null || !noCertificate.asked()) {
            return false;
        }
        for (Throwable e = failure; e != null; e = e.getCause()) {
            String message = String.valueOf(e.getMessage());
            if (e instanceof SocketException || message.contains("handshake_failure")
                    || message.contains("bad_certificate") || message.contains("certificate_required")) {
                return true;
            }
        }
        return false;
    }

    /** The client side of TLS over a connected socket; the handshake starts on first use or explicitly. */
    public SSLSocket wrap(Socket connected, String host, int port) throws IOException {
        String name = verifiedName(host);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(connected, name, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        if (!settings.insecure() && settings.pinnedSha256() == null) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        if (!Certificates.isIpLiteral(name)) {
            parameters.setServerNames(List.of(new SNIHostName(name)));
        }
        socket.setSSLParameters(parameters);
        return socket;
    }
}
