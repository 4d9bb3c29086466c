package dev.netplayground.store;

import dev.netplayground.engine.codec.TextCodec;

/** How a saved payload is written: text with escapes ({@code \n}, {@code \xHH}, ...) or hex digits. */
public enum PayloadEncoding {
    TEXT,
    HEX;

    /** @throws IllegalArgumentException naming what is wrong in {@code payload} */
    public byte[] decode(String payload) {
        return this == HEX ? TextCodec.parseHex(payload) : TextCodec.parseEscaped(payload);
    }
}
