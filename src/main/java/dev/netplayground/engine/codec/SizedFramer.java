package dev.netplayground.engine.codec;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Messages whose size is known before their payload arrives: from a length header, or fixed.
 * Whole messages within one read are cut straight from it; only a message split across reads
 * is gathered.
 */
abstract class SizedFramer implements Framer {
    private final int headerBytes;
    private final PendingBytes pending = new PendingBytes();
    /** Header plus payload of the message being gathered, once its header is known; else -1. */
    private long frameBytes = -1;

    SizedFramer(int headerBytes) {
        this.headerBytes = headerBytes;
    }

    /**
     * Header plus payload of the message whose header starts at {@code data[at]}.
     *
     * @param undelivered the bytes held or unread when the header is judged, for the exception
     * @throws FramingException when the header is bad or announces more than the limit
     */
    abstract long frameBytes(byte[] data, int at, long undelivered) throws FramingException;

    @Override
    public final void feed(byte[] data, int offset, int length, Consumer<Frame> sink) throws FramingException {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            if (pending.length() == 0 && end - at >= headerBytes) {
                long size = frameBytes(data, at, end - at);
                if (end - at >= size) {
                    sink.accept(frame(Arrays.copyOfRange(data, at, at + (int) size), Frame.Cut.WHOLE));
                    at += (int) size;
                    continue;
                }
                frameBytes = size;
            }
            long target = frameBytes < 0 ? headerBytes : frameBytes;
            int count = (int) Math.min(target - pending.length(), end - at);
            pending.append(data, at, count);
            at += count;
            if (frameBytes < 0 && pending.length() == headerBytes) {
                frameBytes = frameBytes(pending.array(), 0, pending.length() + end - at);
            }
            if (pending.length() == frameBytes) {
                sink.accept(frame(pending.copy(0, pending.length()), Frame.Cut.WHOLE));
                pending.clear();
                frameBytes = -1;
            }
        }
    }

    @Override
    public final void finish(Consumer<Frame> sink) {
        if (pending.length() > 0) {
            sink.accept(frame(pending.copy(0, pending.length()), Frame.Cut.UNFINISHED));
            pending.clear();
            frameBytes = -1;
        }
    }

    private Frame frame(byte[] bytes, Frame.Cut cut) {
        return new Frame(bytes, Math.min(headerBytes, bytes.length), bytes.length, cut);
    }
}
