package dev.netplayground.engine.codec;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;

/**
 * Messages after a length header of 1, 2, 4 or 8 bytes (unsigned, big- or little-endian) that
 * counts the payload, or the header and the payload. A header that announces more than the
 * limit ends the stream: a length of 4 GB is an attack, not a message.
 */
final class LengthFramer extends SizedFramer {
    private final int headerBytes;
    private final boolean littleEndian;
    private final boolean countsHeader;
    private final int maxPayloadBytes;

    LengthFramer(int headerBytes, boolean littleEndian, boolean countsHeader, int maxPayloadBytes) {
        super(headerBytes);
        this.headerBytes = headerBytes;
        this.littleEndian = littleEndian;
        this.countsHeader = countsHeader;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    long frameBytes(byte[] data, int at, long undelivered) throws FramingException {
        long value = 0;
        for (int i = 0; i < headerBytes; i++) {
            value = value << 8 | (data[at + (littleEndian ? headerBytes - 1 - i : i)] & 0xFF);
        }
        long payload = value;
        if (countsHeader) {
            if (Long.compareUnsigned(value, headerBytes) < 0) {
                throw new FramingException(String.format(Locale.ROOT,
                        "A length header of %d (%s) counts its own %d bytes, so it cannot be less than %d.",
                        value, hex(data, at), headerBytes, headerBytes), "closed: a bad length header", undelivered);
            }
            payload -= headerBytes;
        }
        if (Long.compareUnsigned(payload, maxPayloadBytes) > 0) {
            throw new FramingException(String.format(Locale.ROOT,
                    "A length header (%s) announced a %,d-byte message, over the %,d-byte limit.",
                    hex(data, at), new BigInteger(Long.toUnsignedString(payload)), maxPayloadBytes),
                    "closed: a message over the limit", undelivered);
        }
        return headerBytes + payload;
    }

    private String hex(byte[] data, int at) {
        return TextCodec.toHex(Arrays.copyOfRange(data, at, at + headerBytes));
    }
}
