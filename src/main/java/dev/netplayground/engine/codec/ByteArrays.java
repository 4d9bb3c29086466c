package dev.netplayground.engine.codec;

import java.util.Arrays;

/** Byte-array helpers the codecs and the request builders share. */
public final class ByteArrays {
    private ByteArrays() {}

    /** A new array: {@code first}, then {@code second}. */
    public static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
