package dev.netplayground.engine.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes certificates (EC P-256, SHA-256) with subject alternative names, built by Bouncy Castle:
 * self-signed ones, and for tests and demos a small authority and the certificates it issues.
 */
public final class Certificates {
    /** Long enough not to be a chore, short enough for clients that refuse very long validity. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);

    private Certificates() {}

    /**
     * @param sans host names and IP addresses the certificate is valid for (IP literals become IP SANs)
     * @throws IllegalArgumentException when a SAN is neither a host name nor an IP address
     */
    public static KeyMaterial selfSigned(String commonName, List<String> sans, Instant notBefore, Duration validity)
            throws GeneralSecurityException {
        return build(commonName, sans, notBefore, validity, null, false);
    }

    /** A certificate authority (self-signed, may sign others), valid from a minute ago for the default validity. */
    public static KeyMaterial authority(String commonName) throws GeneralSecurityException {
        return build(commonName, List.of(), Instant.now().minusSeconds(60), DEFAULT_VALIDITY, null, true);
    }

    /** A certificate for {@code sans} signed by {@code issuer}; its chain is the leaf then the issuer. */
    public static KeyMaterial issued(KeyMaterial issuer, String commonName, List<String> sans, Instant notBefore,
            Duration validity) throws GeneralSecurityException {
        return build(commonName, sans, notBefore, validity, issuer, false);
    }

    private static KeyMaterial build(String commonName, List<String> sans, Instant notBefore, Duration validity,
            KeyMaterial issuer, boolean authority) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        X500Name signer = issuer == null ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(signer,
                new BigInteger(127, new SecureRandom()).add(BigInteger.ONE), Date.from(notBefore),
                Date.from(notBefore.plus(validity)), subject, pair.getPublic());
        try {
            if (!sans.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, names(sans));
            }
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature : KeyUsage.digitalSignature));
            if (!authority) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(issuer == null ? pair.getPrivate()
                            : issuer.key())));
            List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
            if (issuer != null) {
                chain.addAll(issuer.chain());
            }
            return new KeyMaterial(pair.getPrivate(), chain);
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot build the certificate: " + e.getMessage(), e);
        }
    }

    /** Generates one valid from now (less a minute, for clocks a little behind) for the default validity. */
    public static KeyMaterial selfSigned(String commonName, List<String> sans) throws GeneralSecurityException {
        return selfSigned(commonName, sans, Instant.now().minusSeconds(60), DEFAULT_VALIDITY);
    }

    private static GeneralNames names(List<String> sans) {
        List<GeneralName> names = new ArrayList<>();
        for (String san : new LinkedHashSet<>(sans)) {
            String name = san.startsWith("[") && san.endsWith("]") ? san.substring(1, san.length() - 1) : san;
            if (isIpLiteral(name)) {
                names.add(new GeneralName(GeneralName.iPAddress, name));
            } else if (name.matches("[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
                names.add(new GeneralName(GeneralName.dNSName, name));
            } else {
                throw new IllegalArgumentException("'" + san + "' is neither a host name nor an IP address.");
            }
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    /** An IPv4 or IPv6 literal, decided without any name lookup. */
    static boolean isIpLiteral(String text) {
        if (!text.matches("[0-9.]+") && !text.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
