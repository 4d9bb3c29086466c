package dev.netplayground.engine.event;

import dev.netplayground.engine.codec.TextCodec;
import java.util.Arrays;

/**
 * A bounded copy of the bytes an event carried: the first {@code preview.length} bytes of
 * {@code totalLength}. Immutable: the array is copied in and never handed out.
 */
public final class Payload {
    public static final Payload NONE = new Payload(new byte[0], 0);

    private final byte[] preview;
    private final int totalLength;

    private Payload(byte[] preview, int totalLength) {
        this.preview = preview;
        this.totalLength = totalLength;
    }

    /** Copies at most {@code limit} bytes of {@code data[offset, offset+length)}. */
    public static Payload of(byte[] data, int offset, int length, int limit) {
        if (length == 0) {
            return NONE;
        }
        int kept = Math.min(length, limit);
        return new Payload(Arrays.copyOfRange(data, offset, offset + kept), length);
    }

    public static Payload of(byte[] data, int limit) {
        return of(data, 0, data.length, limit);
    }

    public byte[] bytes() {
        return preview.clone();
    }

    public int keptLength() {
        return preview.length;
    }

    public int totalLength() {
        return totalLength;
    }

    public boolean isCut() {
        return preview.length < totalLength;
    }

    /** The kept bytes as text when they are UTF-8, else as hex; never throws. */
    public String display() {
        return TextCodec.display(preview);
    }

    public String hex() {
        return TextCodec.toHex(preview);
    }

    @Override
    public String toString() {
        return display();
    }
}
