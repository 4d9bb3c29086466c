package dev.netplayground.engine.tls;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** Whom a TLS peer trusts: the system's authorities plus a CA file, one pinned certificate, or anyone. */
final class TrustManagers {
    private TrustManagers() {}

    /** The system trust store plus every certificate in {@code caFile} (null for none). */
    static TrustManager[] systemPlus(Path caFile) throws GeneralSecurityException, IOException {
        TrustManagerFactory system = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        system.init((KeyStore) null);
        List<X509Certificate> anchors = new ArrayList<>();
        for (TrustManager manager : system.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                anchors.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        if (caFile != null) {
            anchors.addAll(Pem.readCertificates(caFile));
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < anchors.size(); i++) {
            store.setCertificateEntry("anchor-" + i, anchors.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    /** Trusts exactly the certificate whose SHA-256 is {@code sha256} as the peer's leaf; nothing else. */
    static TrustManager[] pinned(String sha256) {
        return new TrustManager[] {new Accepting(chain -> {
            String seen = CertificateFacts.sha256(chain[0]);
            if (!seen.equalsIgnoreCase(sha256)) {
                throw new CertificateException("the peer's certificate (sha256=" + seen
                        + ") is not the pinned one (sha256=" + sha256 + ")");
            }
        })};
    }

    /** Trusts any certificate: insecure for a client; for a server, client certificates are shown, not judged. */
    static TrustManager[] anyone() {
        return new TrustManager[] {new Accepting(chain -> { })};
    }

    private interface ChainCheck {
        void check(X509Certificate[] chain) throws CertificateException;
    }

    /** Checks chains with one rule, on either side, for sockets and engines alike. */
    private static final class Accepting extends X509ExtendedTrustManager {
        private final ChainCheck rule;

        Accepting(ChainCheck rule) {
            this.rule = rule;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            rule.check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            rule.check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            rule.check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            rule.check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            rule.check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            rule.check(chain);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
