package dev.netplayground.ui.common;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.tls.CertificateFacts;
import dev.netplayground.engine.tls.ClientAuth;
import dev.netplayground.engine.tls.ClientTls;
import dev.netplayground.engine.tls.ServerIdentity;
import dev.netplayground.engine.tls.ServerTls;
import dev.netplayground.engine.tls.TlsClientSettings;
import dev.netplayground.store.AppHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * TLS as the window offers it: servers serve the app's own self-signed certificate (kept in the
 * app's data folder, as the command line's); clients trust the system's authorities plus that
 * certificate, so the window's client trusts the window's server. Blocks on files: not on the FX thread.
 */
public final class TlsChoices {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("UTC"));

    private TlsChoices() {}

    private static Path folder() {
        return AppHome.current().data().resolve("tls");
    }

    public static ServerTls server(String bindAddress) throws EndpointStartException {
        try {
            return ServerTls.create(new ServerIdentity.Generated(folder(), bindAddress), ClientAuth.NONE);
        } catch (IOException e) {
            throw new EndpointStartException(e.getMessage(), e);
        }
    }

    /** @throws IOException with a sentence when the trust store cannot be read */
    public static ClientTls client(boolean insecure) throws IOException {
        return client(insecure, null);
    }

    /**
     * As {@link #client(boolean)}; with {@code pinnedSha256} (not null), trusts exactly that server certificate.
     *
     * @throws IOException with a sentence when the trust store cannot be read
     */
    public static ClientTls client(boolean insecure, String pinnedSha256) throws IOException {
        Path own = folder().resolve("server-cert.pem");
        return ClientTls.create(TlsClientSettings.verifying().withInsecure(insecure)
                .withCaFile(Files.isReadable(own) ? own : null).withPin(pinnedSha256));
    }

    /** What the window shows of a served certificate, with the PEM file other tools can trust. */
    public static String describe(ServerTls tls) {
        return describe(tls.certificate()) + " · PEM " + tls.certificatePem();
    }

    /** Subject, SANs, issuer, validity and SHA-256 of a certificate, on one line. */
    public static String describe(CertificateFacts facts) {
        return "Certificate: " + facts.subject() + " · SANs " + String.join(", ", facts.sans()) + " · "
                + (facts.selfSigned() ? "self-signed" : "issued by " + facts.issuer()) + " · valid "
                + DAY.format(facts.notBefore()) + " to " + DAY.format(facts.notAfter()) + " · SHA-256 "
                + facts.sha256();
    }
}
