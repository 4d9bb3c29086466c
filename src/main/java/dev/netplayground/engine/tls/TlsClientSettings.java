package dev.netplayground.engine.tls;

import java.nio.file.Path;

/**
 * How a TLS client checks the server and shows itself.
 *
 * @param caFile       certificates to trust besides the system's (null for none)
 * @param insecure     trust any certificate and skip the host name check (warned about on every connection)
 * @param serverName   the SNI name and the name the certificate is checked against (null: the host connected to)
 * @param certFile     a client certificate chain for mutual TLS (null for none), with {@code keyFile}
 * @param keyFile      its private key
 * @param pinnedSha256 trust exactly the server certificate with this SHA-256 (null for none)
 */
public record TlsClientSettings(Path caFile, boolean insecure, String serverName, Path certFile, Path keyFile,
        String pinnedSha256) {
    public static TlsClientSettings verifying() {
        return new TlsClientSettings(null, false, null, null, null, null);
    }

    public TlsClientSettings withCaFile(Path caFile) {
        return new TlsClientSettings(caFile, insecure, serverName, certFile, keyFile, pinnedSha256);
    }

    public TlsClientSettings withInsecure(boolean insecure) {
        return new TlsClientSettings(caFile, insecure, serverName, certFile, keyFile, pinnedSha256);
    }

    public TlsClientSettings withServerName(String serverName) {
        return new TlsClientSettings(caFile, insecure, serverName, certFile, keyFile, pinnedSha256);
    }

    public TlsClientSettings withClientCertificate(Path certFile, Path keyFile) {
        return new TlsClientSettings(caFile, insecure, serverName, certFile, keyFile, pinnedSha256);
    }

    public TlsClientSettings withPin(String pinnedSha256) {
        return new TlsClientSettings(caFile, insecure, serverName, certFile, keyFile, pinnedSha256);
    }
}
