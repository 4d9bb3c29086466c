package dev.netplayground.cli;

import dev.netplayground.engine.tls.CertificateFacts;
import dev.netplayground.engine.tls.Certificates;
import dev.netplayground.engine.tls.KeyMaterial;
import dev.netplayground.engine.tls.Pem;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cert generate}: a self-signed certificate and its key as PEM files. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a self-signed certificate (cert.pem) and its private key (key.pem) into a folder.",
            "EC P-256, SHA-256, valid for a year; the names and addresses given with --san (localhost,",
            "127.0.0.1 and ::1 when none are given). Prints the certificate's subject, SANs and SHA-256."
        })
final class CertGenerateCommand extends IoCommand {
    @Option(names = "--out", required = true, converter = Converters.FilePath.class, paramLabel = "DIR",
            description = "Folder to write into (made if missing).")
    Path out;

    @Option(names = "--name", defaultValue = "localhost", converter = Converters.CertificateName.class,
            paramLabel = "CN",
            description = "The subject's common name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--san", converter = Converters.CertificateName.class, paramLabel = "NAME|IP",
            description = "A host name or IP address the certificate is valid for; repeat for more.")
    List<String> sans = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> names = sans.isEmpty() ? List.of("localhost", "127.0.0.1", "::1") : sans;
        KeyMaterial made;
        try {
            made = Certificates.selfSigned(name, names);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--san " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new CommandFailure("cannot generate a certificate: " + e.getMessage());
        }
        Path cert = out.resolve("cert.pem");
        Path key = out.resolve("key.pem");
        try {
            Pem.writePrivate(key, Pem.privateKey(made.key()));
            Pem.writePrivate(cert, Pem.certificates(made.chain()));
        } catch (IOException e) {
            throw new CommandFailure("cannot write into " + out + ": " + e.getMessage());
        }
        CertificateFacts facts = CertificateFacts.of(made.certificate());
        io().out().println("wrote " + cert + " and " + key);
        io().out().println("subject: " + facts.subject());
        io().out().println("sans: " + String.join(", ", facts.sans()));
        io().out().println("sha256: " + facts.sha256());
        return 0;
    }
}
