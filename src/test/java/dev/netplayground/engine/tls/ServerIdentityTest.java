package dev.netplayground.engine.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerIdentityTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedCertificateIsKeptAndReusedAndNamesLoopbackAndTheBindAddress() throws IOException {
        ServerIdentity.Loaded first = new ServerIdentity.Generated(dir, "192.0.2.7").load();
        ServerIdentity.Loaded again = new ServerIdentity.Generated(dir, "192.0.2.7").load();
        CertificateFacts facts = CertificateFacts.of(first.material().certificate());
        assertThat(facts.sans()).containsExactly("localhost", "127.0.0.1", "::1", "192.0.2.7");
        assertThat(CertificateFacts.of(again.material().certificate()).sha256()).isEqualTo(facts.sha256());
        assertThat(first.certificatePem()).isEqualTo(dir.resolve("server-cert.pem"));

        ServerIdentity.Loaded otherBind = new ServerIdentity.Generated(dir, "192.0.2.8").load();
        assertThat(CertificateFacts.of(otherBind.material().certificate()).sans()).contains("192.0.2.8");
    }

    @Test
    void loadsPkcs12WithThePasswordFromAFileAndExportsItsCertificateAsPem() throws Exception {
        KeyMaterial made = Certificates.selfSigned("p12", List.of("localhost"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", made.key(), "s3cret".toCharArray(), made.chain().toArray(Certificate[]::new));
        Path p12 = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, "s3cret".toCharArray());
        }
        Path password = Files.writeString(dir.resolve("password.txt"), "s3cret\n");

        ServerIdentity.Loaded loaded = new ServerIdentity.Pkcs12(p12, password, dir.resolve("export")).load();
        assertThat(loaded.material().certificate()).isEqualTo(made.certificate());
        assertThat(Pem.readCertificates(loaded.certificatePem())).containsExactly(made.certificate());

        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "nope\n");
        assertThatThrownBy(() -> new ServerIdentity.Pkcs12(p12, wrong, dir).load())
                .hasMessageStartingWith("Cannot read " + p12 + " as PKCS#12 with the password in " + wrong);
    }
}
