package dev.netplayground.engine.codec;

/** Messages of exactly {@code size} bytes each. */
final class FixedFramer extends SizedFramer {
    private final int size;

    FixedFramer(int size) {
        super(0);
        this.size = size;
    }

    @Override
    long frameBytes(byte[] data, int at, long undelivered) {
        return size;
    }
}
