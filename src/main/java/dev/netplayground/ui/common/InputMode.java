package dev.netplayground.ui.common;

import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.store.PayloadEncoding;

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

    /** How a saved item writes a payload typed in this mode. */
    public PayloadEncoding encoding() {
        return this == HEX ? PayloadEncoding.HEX : PayloadEncoding.TEXT;
    }

    /** The mode that shows a saved payload as it is written. */
    public static InputMode of(PayloadEncoding encoding) {
        return encoding == PayloadEncoding.HEX ? HEX : TEXT;
    }

    @Override
    public String toString() {
        return label;
    }
}
