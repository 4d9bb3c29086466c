package dev.netplayground.cli;

import dev.netplayground.engine.tls.ClientTls;
import dev.netplayground.engine.tls.TlsClientSettings;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --tls} and how a client checks the server (and shows itself). */
final class TlsClientOptions {
    @Option(names = "--tls", description = "Speak TLS; the server's certificate is verified against the system's "
            + "authorities plus --cacert, and must name the host (or --servername).")
    boolean tls;

    @Option(names = "--cacert", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "PEM certificates to trust besides the system's.")
    Path caCert;

    @Option(names = "--insecure", description = "Do not verify the server's certificate (warned on every connection).")
    boolean insecure;

    @Option(names = "--servername", converter = Converters.CertificateName.class, paramLabel = "NAME",
            description = "SNI name sent, and the name the certificate is checked against (default: the host).")
    String serverName;

    @Option(names = "--cert", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "PEM client certificate for mutual TLS (with --key).")
    Path cert;

    @Option(names = "--key", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "PEM private key of --cert.")
    Path key;

    @Option(names = "--pin", converter = Converters.Fingerprint.class, paramLabel = "SHA256",
            description = "Trust exactly the server certificate with this SHA-256 fingerprint (hex).")
    String pin;

    /** The client's TLS, or null without {@code --tls}; a sentence ({@link CommandFailure}) when it cannot load. */
    ClientTls build() {
        return build(false, "--tls");
    }

    /**
     * As {@link #build()}, where something besides {@code --tls} may ask for TLS (an https:// URL).
     *
     * @param alsoTls TLS without {@code --tls}
     * @param asking  what the other options need when TLS is off, for the sentence, e.g. "--tls"
     */
    ClientTls build(boolean alsoTls, String asking) {
        if (!tls && !alsoTls) {
            if (caCert != null || insecure || serverName != null || cert != null || pin != null) {
                throw new CommandFailure("--cacert, --insecure, --servername, --cert and --pin need " + asking + ".");
            }
            return null;
        }
        if ((cert == null) != (key == null)) {
            throw new CommandFailure("--cert and --key go together: the client certificate and its private key.");
        }
        try {
            return ClientTls.create(new TlsClientSettings(caCert, insecure, serverName, cert, key, pin));
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
