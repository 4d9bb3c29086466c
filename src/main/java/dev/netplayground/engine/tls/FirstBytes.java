package dev.netplayground.engine.tls;

import java.nio.charset.StandardCharsets;

/**
 * What the first bytes of a connection say about the protocol the peer speaks: a TLS record
 * starts with 0x16 (handshake) and version 0x03 0x0N; HTTP with a method and a space.
 */
public final class FirstBytes {
    /** How many bytes the checks look at. */
    public static final int NEEDED = 3;

    private static final int HANDSHAKE = 0x16;
    private static final int SSL3_AND_LATER = 0x03;

    private FirstBytes() {}

    /** Whether {@code bytes[offset..offset+length)} starts like a TLS ClientHello record. */
    public static boolean looksLikeTlsHandshake(byte[] bytes, int offset, int length) {
        return length >= 2 && (bytes[offset] & 0xFF) == HANDSHAKE && bytes[offset + 1] == SSL3_AND_LATER;
    }

    /** The sentence for a TLS handshake arriving at a plain-text port. */
    public static String tlsOnPlainPort() {
        return "the client started a TLS handshake on a plain-text port (connect without TLS, "
                + "or start this server with TLS on).";
    }

    /** The sentence for plain text arriving at a TLS port, naming HTTP when it looks like a request. */
    public static String plainTextOnTlsPort(byte[] bytes, int length) {
        String start = new String(bytes, 0, Math.min(length, 8), StandardCharsets.ISO_8859_1);
        boolean http = start.matches("(GET|POST|PUT|HEAD|DELETE|OPTIONS|PATCH|CONNECT|TRACE) .*")
                || start.matches("(GET|POS|PUT|HEA|DEL|OPT|PAT|CON|TRA).*");
        return "the client spoke plain text" + (http ? ", it looks like HTTP," : "")
                + " to a TLS port (connect with TLS, e.g. https:// or --tls).";
    }
}
