package dev.netplayground.engine.tls;

import dev.netplayground.engine.core.Addresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * What a person wants to know about a certificate: who it names, for which host names and
 * addresses, who vouches for it, when it is valid, and its SHA-256 fingerprint (lower-case hex,
 * as {@code openssl x509 -fingerprint -sha256} shows it without colons).
 */
public record CertificateFacts(String subject, List<String> sans, String issuer, Instant notBefore,
        Instant notAfter, String sha256) {
    /** The type number of an IP address in a subject alternative name (RFC 5280). */
    private static final Integer IP_ADDRESS = 7;

    public static CertificateFacts of(X509Certificate certificate) {
        return new CertificateFacts(certificate.getSubjectX500Principal().getName(), sans(certificate),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), sha256(certificate));
    }

    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Every JDK has SHA-256 and can encode a certificate it parsed.", e);
        }
    }

    private static List<String> sans(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> all = certificate.getSubjectAlternativeNames();
            if (all != null) {
                for (List<?> entry : all) {
                    String name = String.valueOf(entry.get(1));
                    names.add(IP_ADDRESS.equals(entry.get(0)) ? shortIp(name) : name);
                }
            }
        } catch (CertificateParsingException e) {
            names.add("(unreadable: " + e.getMessage() + ")");
        }
        return List.copyOf(names);
    }

    /** IPv6 SANs as the JDK gives them (long form) written short, as everywhere else. */
    private static String shortIp(String address) {
        try {
            return Addresses.host(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return address;
        }
    }

    public boolean selfSigned() {
        return subject.equals(issuer);
    }

    /** One line for the log: subject, SANs, issuer, validity. */
    public String summary() {
        return subject + (sans.isEmpty() ? "" : " (" + String.join(", ", sans) + ")")
                + (selfSigned() ? ", self-signed" : ", issued by " + issuer)
                + ", valid " + notBefore + " to " + notAfter;
    }
}
