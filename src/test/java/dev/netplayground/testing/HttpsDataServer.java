package dev.netplayground.testing;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.netplayground.engine.tls.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real HTTPS peer for client tests: the JDK's HttpsServer on loopback, port 0, serving a PEM
 * certificate and key; {@code POST /data} answers 200 with {@code Received: } and the body.
 */
public final class HttpsDataServer implements AutoCloseable {
    private static final char[] IN_MEMORY = new char[0];

    private final HttpsServer server;

    /** @param clientCa when not null, a client certificate signed by (or equal to) it is required */
    public HttpsDataServer(Path cert, Path key, Path clientCa) throws IOException, GeneralSecurityException {
        this(cert, key, clientCa, null);
    }

    /** As above, speaking only {@code protocol} (e.g. "TLSv1.2") when not null. */
    public HttpsDataServer(Path cert, Path key, Path clientCa, String protocol)
            throws IOException, GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys(cert, key), clientCa == null ? null : trust(clientCa), null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                parameters.setNeedClientAuth(clientCa != null);
                if (protocol != null) {
                    parameters.setProtocols(new String[] {protocol});
                }
            }
        });
        server.createContext("/data", exchange -> {
            byte[] answer;
            try (InputStream in = exchange.getRequestBody()) {
                answer = ("Received: " + new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static KeyManager[] keys(Path cert, Path key) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", Pem.readPrivateKey(key), IN_MEMORY,
                Pem.readCertificates(cert).toArray(Certificate[]::new));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, IN_MEMORY);
        return factory.getKeyManagers();
    }

    private static TrustManager[] trust(Path ca) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int i = 0;
        for (X509Certificate certificate : Pem.readCertificates(ca)) {
            store.setCertificateEntry("ca-" + i++, certificate);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
