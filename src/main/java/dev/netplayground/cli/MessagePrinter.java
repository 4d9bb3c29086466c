package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.TextCodec;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Writes messages (datagrams, TCP messages) one per line: the text (inner line breaks escaped),
 * or {@code hex: ..} when not UTF-8 or holding control characters (a binary message). Lines cut
 * by line framing are written as received.
 */
final class MessagePrinter {
    static final int PLAIN = 0;
    static final int ESCAPED = 1;
    static final int OTHER = 2;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private MessagePrinter() {}

    static String line(byte[] message) {
        Optional<String> text = TextCodec.decodeUtf8(message).filter(MessagePrinter::isText);
        if (text.isEmpty()) {
            return "hex: " + TextCodec.toHex(message);
        }
        String body = text.get();
        if (body.endsWith("\r\n")) {
            body = body.substring(0, body.length() - 2);
        } else if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        return body.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** No control character but tab and line breaks: bytes such as 00 or 1B are binary, not text. */
    private static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            if (control && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    static void print(PrintStream out, byte[] message) {
        int end = lengthWithoutLastLineBreak(message);
        int kind = kind(message, end);
        synchronized (out) {
            if (kind == PLAIN) {
                out.write(message, 0, end);
            } else if (kind == ESCAPED) {
                writeEscaped(out, message, end);
            } else {
                out.print(line(message));
            }
            out.println();
        }
    }

    /**
     * A message cut by {@code framing}: a line as received (a piece of an over-long line without
     * a line break, so the pieces join up), any other message's payload as its one line.
     */
    static void print(PrintStream out, Frame message, Framing framing) {
        if (!(framing instanceof Framing.Line)) {
            boolean allPayload = message.payloadStart() == 0 && message.payloadEnd() == message.bytes().length;
            print(out, allPayload ? message.bytes() : message.payload());
            return;
        }
        synchronized (out) {
            out.writeBytes(message.bytes());
            if (message.cut() == Frame.Cut.UNFINISHED) {
                out.write('\n');
            }
        }
    }

    private static int lengthWithoutLastLineBreak(byte[] bytes) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    /**
     * The fast paths of {@link #line}, for bulk traffic: {@link #PLAIN} when {@code bytes[0, end)} is
     * printable ASCII without a backslash, {@link #ESCAPED} when it also holds line breaks or
     * backslashes (escaped as they are written), else {@link #OTHER}. Looks at eight bytes at a time.
     */
    static int kind(byte[] bytes, int end) {
        int kind = PLAIN;
        int i = 0;
        // Four words at a time: one branch per 32 bytes while all is plain.
        for (; i + 4 * Long.BYTES <= end; i += 4 * Long.BYTES) {
            long flags = notPlain((long) LONGS.get(bytes, i)) | notPlain((long) LONGS.get(bytes, i + 8))
                    | notPlain((long) LONGS.get(bytes, i + 16)) | notPlain((long) LONGS.get(bytes, i + 24));
            if (flags != 0) {
                kind = Math.max(kind, kindOf(bytes, i, i + 4 * Long.BYTES));
                if (kind == OTHER) {
                    return OTHER;
                }
            }
        }
        return Math.max(kind, kindOf(bytes, i, end));
    }

    private static int kindOf(byte[] bytes, int from, int to) {
        int kind = PLAIN;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r' || b == '\\') {
                kind = ESCAPED;
            } else if (b < 0x20 || b == 0x7F) {
                return OTHER;
            }
        }
        return kind;
    }

    /** Printable ASCII with line breaks and backslashes escaped, in runs between them; skips eight bytes at a time. */
    private static void writeEscaped(PrintStream out, byte[] bytes, int end) {
        int run = 0;
        int i = 0;
        while (i < end) {
            if (i + Long.BYTES <= end) {
                long word = (long) LONGS.get(bytes, i);
                if ((equal(word, '\n') | equal(word, '\r') | equal(word, '\\')) == 0) {
                    i += Long.BYTES;
                    continue;
                }
            }
            for (int stop = Math.min(end, i + Long.BYTES); i < stop; i++) {
                byte b = bytes[i];
                if (b == '\n' || b == '\r' || b == '\\') {
                    out.write(bytes, run, i - run);
                    out.write('\\');
                    out.write(b == '\n' ? 'n' : b == '\r' ? 'r' : '\\');
                    run = i + 1;
                }
            }
        }
        out.write(bytes, run, end - run);
    }

    /**
     * Not zero when {@code word} holds a byte that is not printable ASCII (0x20 to 0x7E) or is a
     * backslash: {@code b + 1} reaches the high bit for 0x7F and up, {@code b - 0x20} borrows it below
     * 0x20. A carry or borrow may flag a byte beside the culprit; the word is then looked at byte by byte.
     */
    private static long notPlain(long word) {
        return ((word + LOW_BITS) | (word - LOW_BITS * 0x20) | word) & HIGH_BITS | equal(word, '\\');
    }

    /** Flags (in its high bit) each byte of {@code word} below {@code limit} (at most 0x80); exact for a yes/no. */
    private static long below(long word, int limit) {
        return (word - LOW_BITS * limit) & ~word & HIGH_BITS;
    }

    private static long equal(long word, int value) {
        return below(word ^ (LOW_BITS * value), 1);
    }
}
