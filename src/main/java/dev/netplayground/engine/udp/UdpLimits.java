package dev.netplayground.engine.udp;

/** Sizes fixed by IPv4 and UDP. */
public final class UdpLimits {
    /** 65,535 (IPv4 total length) minus a 20-byte IP header and an 8-byte UDP header. */
    public static final int MAX_DATAGRAM_BYTES = 65_507;

    private UdpLimits() {}

    /** @throws IllegalArgumentException when a datagram cannot carry {@code length} bytes */
    public static void checkPayload(int length) {
        if (length > MAX_DATAGRAM_BYTES) {
            throw new IllegalArgumentException("A UDP datagram over IPv4 carries at most " + MAX_DATAGRAM_BYTES
                    + " bytes; this message has " + length + ". Split it, or use TCP.");
        }
    }
}
