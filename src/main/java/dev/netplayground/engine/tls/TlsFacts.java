package dev.netplayground.engine.tls;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/** One line on a finished handshake: protocol, cipher suite, ALPN, the peer's chain, how long it took. */
public final class TlsFacts {
    private TlsFacts() {}

    public static String describe(SSLSession session, String alpn, long handshakeNanos) {
        return String.format(Locale.ROOT, "TLS %s, %s%s, %s, handshake %.1f ms", session.getProtocol(),
                session.getCipherSuite(), alpn == null || alpn.isEmpty() ? "" : ", ALPN " + alpn, peerChain(session),
                handshakeNanos / 1e6);
    }

    /** As {@link #describe}, for a connection whose handshake was done for an earlier request. */
    public static String describeReused(SSLSession session, String alpn) {
        return String.format(Locale.ROOT, "TLS %s, %s%s, %s, connection reused (no new handshake)",
                session.getProtocol(), session.getCipherSuite(), alpn == null || alpn.isEmpty() ? "" : ", ALPN " + alpn,
                peerChain(session));
    }

    private static String peerChain(SSLSession session) {
        try {
            StringBuilder chain = new StringBuilder("peer ");
            Certificate[] certificates = session.getPeerCertificates();
            for (int i = 0; i < certificates.length; i++) {
                if (i > 0) {
                    chain.append(" <- ");
                }
                chain.append(((X509Certificate) certificates[i]).getSubjectX500Principal().getName());
            }
            return chain.toString();
        } catch (SSLPeerUnverifiedException e) {
            return "no peer certificate";
        }
    }
}
