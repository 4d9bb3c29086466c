package dev.netplayground.engine.codec;

import java.util.Arrays;
import java.util.function.Consumer;

/** Each read as it arrived: TCP has no message boundaries, and this shows what the OS handed over. */
final class RawFramer implements Framer {
    @Override
    public void feed(byte[] data, int offset, int length, Consumer<Frame> sink) {
        if (length > 0) {
            sink.accept(Frame.of(Arrays.copyOfRange(data, offset, offset + length), Frame.Cut.WHOLE));
        }
    }

    @Override
    public void finish(Consumer<Frame> sink) {
        // Nothing is ever held.
    }
}
