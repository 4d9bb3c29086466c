package dev.netplayground.cli;

import dev.netplayground.engine.tls.ClientAuth;
import dev.netplayground.engine.tls.ServerIdentity;
import dev.netplayground.engine.tls.ServerTls;
import dev.netplayground.store.AppHome;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --tls} and where a serving command's certificate comes from. */
final class TlsServerOptions {
    @Option(names = "--tls", description = "Speak TLS. Without --cert/--key or --pkcs12, a self-signed certificate "
            + "kept in the app's folder is used (made on first use; valid for localhost, 127.0.0.1, ::1 and --bind).")
    boolean tls;

    @Option(names = "--cert", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "PEM certificate chain to serve, leaf first (with --key).")
    Path cert;

    @Option(names = "--key", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "PEM private key of --cert.")
    Path key;

    @Option(names = "--pkcs12", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "PKCS#12 file with key and chain (with --password-file).")
    Path pkcs12;

    @Option(names = "--password-file", converter = Converters.FilePath.class, paramLabel = "FILE",
            description = "File whose first line is the PKCS#12 password.")
    Path passwordFile;

    @Option(names = "--client-auth", defaultValue = "none",
            description = "Ask clients for a certificate: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ClientAuth clientAuth;

    /** The server's TLS, or null without {@code --tls}; a sentence ({@link CommandFailure}) when it cannot load. */
    ServerTls build(String bindAddress) {
        if (!tls) {
            if (cert != null || key != null || pkcs12 != null || clientAuth != ClientAuth.NONE) {
                throw new CommandFailure("--cert, --key, --pkcs12 and --client-auth need --tls.");
            }
            return null;
        }
        try {
            return ServerTls.create(identity(bindAddress), clientAuth);
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private ServerIdentity identity(String bindAddress) {
        Path folder = AppHome.current().data().resolve("tls");
        if (pkcs12 != null) {
            if (cert != null || key != null || passwordFile == null) {
                throw new CommandFailure("--pkcs12 goes with --password-file, and not with --cert or --key.");
            }
            return new ServerIdentity.Pkcs12(pkcs12, passwordFile, folder);
        }
        if ((cert == null) != (key == null)) {
            throw new CommandFailure("--cert and --key go together: the certificate chain and its private key.");
        }
        return cert != null ? new ServerIdentity.PemFiles(cert, key)
                : new ServerIdentity.Generated(folder, bindAddress);
    }
}
