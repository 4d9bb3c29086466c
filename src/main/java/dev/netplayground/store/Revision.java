package dev.netplayground.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Which content of a file a caller has seen: the SHA-256 of its bytes, or {@link #NONE} for no file. */
public record Revision(String sha256) {
    public static final Revision NONE = new Revision("none");

    public static Revision of(byte[] bytes) {
        try {
            return new Revision(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
