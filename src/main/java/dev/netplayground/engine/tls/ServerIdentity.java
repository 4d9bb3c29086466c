package dev.netplayground.engine.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where a TLS server's certificate and key come from. */
public sealed interface ServerIdentity {
    /** The key material and the PEM file of the certificate served (for other tools to trust). */
    record Loaded(KeyMaterial material, Path certificatePem) {}

    /**
     * Loads (or, for a generated one, makes or reuses) the certificate and key.
     *
     * @throws IOException with a sentence naming the file and what is wrong with it
     */
    Loaded load() throws IOException;

    /**
     * A self-signed certificate kept in {@code folder} and reused across runs while it is valid
     * for a while yet and names {@code localhost}, {@code 127.0.0.1}, {@code ::1} and the bind
     * address; otherwise a new one replaces it.
     */
    record Generated(Path folder, String bindAddress) implements ServerIdentity {
        private static final String CERT = "server-cert.pem";
        private static final String KEY = "server-key.pem";

        public List<String> sans() {
            List<String> sans = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
            if (!bindAddress.isBlank() && !sans.contains(bindAddress) && !bindAddress.equals("0.0.0.0")
                    && !bindAddress.equals("::")) {
                sans.add(bindAddress);
            }
            return sans;
        }

        @Override
        public Loaded load() throws IOException {
            Path cert = folder.resolve(CERT);
            Path key = folder.resolve(KEY);
            if (Files.exists(cert) && Files.exists(key)) {
                try {
                    KeyMaterial kept = new KeyMaterial(Pem.readPrivateKey(key), Pem.readCertificates(cert));
                    if (stillGood(kept.certificate())) {
                        return new Loaded(kept, cert);
                    }
                } catch (IOException e) {
                    // Unreadable: made anew below.
                }
            }
            KeyMaterial made;
            try {
                made = Certificates.selfSigned("Net Playground", sans());
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot generate a certificate: " + e.getMessage(), e);
            }
            Pem.writePrivate(key, Pem.privateKey(made.key()));
            Pem.writePrivate(cert, Pem.certificates(made.chain()));
            return new Loaded(made, cert);
        }

        private boolean stillGood(X509Certificate certificate) {
            boolean validForADay = certificate.getNotAfter().toInstant().isAfter(Instant.now().plusSeconds(86_400))
                    && certificate.getNotBefore().toInstant().isBefore(Instant.now());
            return validForADay && CertificateFacts.of(certificate).sans().containsAll(sans());
        }
    }

    /** A PEM certificate chain (leaf first) and its PEM private key. */
    record PemFiles(Path certificate, Path key) implements ServerIdentity {
        @Override
        public Loaded load() throws IOException {
            return new Loaded(new KeyMaterial(Pem.readPrivateKey(readable(key)),
                    Pem.readCertificates(readable(certificate))), certificate);
        }
    }

    /** A PKCS#12 file and a file holding its password (its first line). */
    record Pkcs12(Path file, Path passwordFile, Path exportFolder) implements ServerIdentity {
        @Override
        public Loaded load() throws IOException {
            char[] password = Files.readAllLines(readable(passwordFile), StandardCharsets.UTF_8).stream()
                    .findFirst().orElse("").toCharArray();
            KeyStore store;
            Path source = readable(file);
            try (InputStream in = Files.newInputStream(source)) {
                store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
            } catch (GeneralSecurityException | IOException e) {
                throw new IOException("Cannot read " + file + " as PKCS#12 with the password in " + passwordFile
                        + " (" + e.getMessage() + ").", e);
            }
            try {
                for (String alias : Collections.list(store.aliases())) {
                    Key key = store.getKey(alias, password);
                    if (key instanceof PrivateKey privateKey) {
                        List<X509Certificate> chain = new ArrayList<>();
                        for (Certificate c : store.getCertificateChain(alias)) {
                            chain.add((X509Certificate) c);
                        }
                        KeyMaterial material = new KeyMaterial(privateKey, chain);
                        Path pem = exportFolder.resolve(file.getFileName() + ".cert.pem");
                        Pem.writePrivate(pem, Pem.certificates(chain));
                        return new Loaded(material, pem);
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot read " + file + " as PKCS#12 with the password in " + passwordFile
                        + " (" + e.getMessage() + ").", e);
            }
            throw new IOException(file + " holds no private key.");
        }
    }

    private static Path readable(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("Cannot read " + file + ": there is no such readable file.");
        }
        return file;
    }
}
