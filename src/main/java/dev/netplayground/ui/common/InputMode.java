package dev.netplayground.ui.common;

import dev.netplayground.engine.codec.TextCodec;

/** How a typed message becomes bytes. */
public enum InputMode {
    TEXT("Text (\\n \\r \\t \\xHH)") {
        @Override
        public byte[] parse(String typed) {
            return TextCodec.parseEscaped(typed);
        }
    },
    HEX("Hex (48 69 0A)") {
        @Override
        public byte[] parse(String typed) {
            return TextCodec.parseHex(typed);
        }
    };

    private final String label;

    InputMode(String label) {
        this.label = label;
    }

    /** @throws IllegalArgumentException with a message to show */
    public abstract byte[] parse(String typed);

    @Override
    public String toString() {
        return label;
    }
}
