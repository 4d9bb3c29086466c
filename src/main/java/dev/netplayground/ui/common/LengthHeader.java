package dev.netplayground.ui.common;

/** A length header's size and byte order, as one choice (one byte has no order). */
public enum LengthHeader {
    ONE(1, false, "1-byte length"),
    TWO(2, false, "2-byte big-endian"),
    TWO_LE(2, true, "2-byte little-endian"),
    FOUR(4, false, "4-byte big-endian"),
    FOUR_LE(4, true, "4-byte little-endian"),
    EIGHT(8, false, "8-byte big-endian"),
    EIGHT_LE(8, true, "8-byte little-endian");

    private final int bytes;
    private final boolean littleEndian;
    private final String label;

    LengthHeader(int bytes, boolean littleEndian, String label) {
        this.bytes = bytes;
        this.littleEndian = littleEndian;
        this.label = label;
    }

    public int bytes() {
        return bytes;
    }

    public boolean littleEndian() {
        return littleEndian;
    }

    /** The choice for a header of {@code bytes} bytes in that order (one byte has no order). */
    public static LengthHeader of(int bytes, boolean littleEndian) {
        for (LengthHeader header : values()) {
            if (header.bytes == bytes && (header.littleEndian == littleEndian || bytes == 1)) {
                return header;
            }
        }
        throw new IllegalArgumentException("A length header has 1, 2, 4 or 8 bytes, not " + bytes + ".");
    }

    @Override
    public String toString() {
        return label;
    }
}
