package dev.netplayground.engine.tls;

import dev.netplayground.engine.core.NetErrors;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;

/** Why a TLS handshake failed, in words, from the side that saw it fail. */
public final class TlsFailures {
    /** A client without a certificate, to a server that requires one. */
    public static final String CLIENT_CERTIFICATE_REQUIRED =
            "TLS handshake failed: client certificate required: the server asks for one. Pass --cert and --key.";

    private TlsFailures() {}

    /**
     * @param serverName for a client, the name the certificate was checked against; for a server, empty
     */
    public static String client(Throwable e, String serverName) {
        String text = chain(e);
        if (has(e, CertificateExpiredException.class)) {
            return "TLS handshake failed: the server's certificate has expired (" + reasonOf(e,
                    CertificateExpiredException.class) + "). Renew it on the server.";
        }
        if (has(e, CertificateNotYetValidException.class)) {
            return "TLS handshake failed: the server's certificate is not yet valid (" + reasonOf(e,
                    CertificateNotYetValidException.class) + "). Check the clocks, or wait.";
        }
        if (text.contains("unable to find valid certification path") || text.contains("path building failed")) {
            return "TLS handshake failed: unknown issuer: the server's certificate is not signed by an authority "
                    + "this client trusts. Pass its CA (or the certificate itself) with --cacert, or pin it.";
        }
        if (text.contains("No subject alternative") || text.contains("No name matching")) {
            return "TLS handshake failed: host name mismatch: the server's certificate is not valid for '"
                    + serverName + "'. Connect by a name it lists, or set that name with --servername.";
        }
        if (text.contains("certificate_required") || text.contains("Received fatal alert: bad_certificate")) {
            return CLIENT_CERTIFICATE_REQUIRED;
        }
        return common(e, text, "server");
    }

    /** For a server: the handshake with a client failed. */
    public static String server(Throwable e) {
        String text = chain(e);
        if (text.contains("Empty client certificate chain") || text.contains("certificate_required")) {
            return "TLS handshake failed: the client sent no certificate, and this server requires one "
                    + "(client authentication: need).";
        }
        if (text.contains("certificate_unknown") || text.contains("unknown_ca") || text.contains("bad_certificate")) {
            return "TLS handshake failed: the client does not trust this server's certificate (unknown issuer on "
                    + "its side). Give the client the certificate to trust (e.g. curl --cacert cert.pem).";
        }
        if (text.contains("certificate_expired")) {
            return "TLS handshake failed: the client says this server's certificate has expired.";
        }
        return common(e, text, "client");
    }

    private static String common(Throwable e, String text, String peer) {
        if (text.contains("No appropriate protocol") || text.contains("protocol_version")
                || text.contains("no cipher suites in common") || text.contains("handshake_failure")
                || text.contains("insufficient_security")) {
            return "TLS handshake failed: no common protocol or cipher: this side and the " + peer
                    + " share no TLS version or cipher suite (" + NetErrors.reason(e) + ").";
        }
        if (text.contains("Unsupported or unrecognized SSL message") || text.contains("plaintext connection")) {
            return "TLS handshake failed: the " + peer + " answered in plain text, not TLS: this is not a TLS port.";
        }
        if (text.contains("Remote host terminated") || text.contains("closed")) {
            return "TLS handshake failed: the " + peer + " closed the connection during the handshake ("
                    + NetErrors.reason(e) + ").";
        }
        if (text.contains("Read timed out")) {
            return "TLS handshake failed: the " + peer + " stopped answering during the handshake (timed out).";
        }
        return "TLS handshake failed: " + NetErrors.reason(e);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String reasonOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return NetErrors.reason(t);
            }
        }
        return NetErrors.reason(e);
    }

    private static String chain(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(' ');
        }
        return text.toString();
    }
}
