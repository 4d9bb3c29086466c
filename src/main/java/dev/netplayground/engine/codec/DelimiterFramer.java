package dev.netplayground.engine.codec;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Messages that end with a delimiter (any byte sequence), delivered with it. A message whose
 * payload would be longer than the limit ends the stream: its end cannot be known without
 * holding all of it.
 */
final class DelimiterFramer implements Framer {
    private final byte[] delimiter;
    private final int maxPayloadBytes;
    private final PendingBytes pending = new PendingBytes();
    /** No delimiter starts in {@code pending} before this index. */
    private int searchFrom;

    DelimiterFramer(byte[] delimiter, int maxPayloadBytes) {
        this.delimiter = delimiter.clone();
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    public void feed(byte[] data, int offset, int length, Consumer<Frame> sink) throws FramingException {
        pending.append(data, offset, length);
        byte[] held = pending.array();
        int end = pending.length();
        int start = 0;
        int at;
        while ((at = indexOfDelimiter(held, Math.max(start, searchFrom), end)) >= 0) {
            int payload = at - start;
            if (payload > maxPayloadBytes) {
                throw overLimit(String.format(Locale.ROOT, "A %,d-byte message", payload), end - start);
            }
            int next = at + delimiter.length;
            sink.accept(new Frame(Arrays.copyOfRange(held, start, next), 0, payload, Frame.Cut.WHOLE));
            start = next;
        }
        if ((long) end - start >= (long) maxPayloadBytes + delimiter.length) {
            throw overLimit(String.format(Locale.ROOT, "A message with no delimiter in its first %,d bytes",
                    end - start), end - start);
        }
        pending.drop(start);
        searchFrom = Math.max(0, pending.length() - delimiter.length + 1);
    }

    private FramingException overLimit(String what, long undelivered) {
        return new FramingException(String.format(Locale.ROOT, "%s is over the %,d-byte limit.",
                what, maxPayloadBytes), "closed: a message over the limit", undelivered);
    }

    private int indexOfDelimiter(byte[] bytes, int from, int end) {
        byte first = delimiter[0];
        for (int i = from, last = end - delimiter.length; i <= last; i++) {
            if (bytes[i] == first && Arrays.equals(bytes, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void finish(Consumer<Frame> sink) {
        if (pending.length() > 0) {
            sink.accept(Frame.of(pending.copy(0, pending.length()), Frame.Cut.UNFINISHED));
            pending.clear();
            searchFrom = 0;
        }
    }
}
