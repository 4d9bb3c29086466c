package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.TextCodec;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Writes messages (datagrams, TCP messages) one per line: the text (inner line breaks escaped),
 * or {@code hex: ..} when not UTF-8 or holding control characters (a binary message). Lines cut
 * by line framing are written as received.
 */
final class MessagePrinter {
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
        int plain = plainLength(message);
        synchronized (out) {
            if (plain >= 0) {
                out.write(message, 0, plain);
                out.println();
            } else {
                out.println(line(message));
            }
        }
    }

    /**
     * A message cut by {@code framing}: a line as received (a piece of an over-long line without
     * a line break, so the pieces join up), any other message's payload as its one line.
     */
    static void print(PrintStream out, Frame message, Framing framing) {
        if (!(framing instanceof Framing.Line)) {
            print(out, message.payload());
            return;
        }
        synchronized (out) {
            out.writeBytes(message.bytes());
            if (message.cut() == Frame.Cut.UNFINISHED) {
                out.write('\n');
            }
        }
    }

    /**
     * The fast path of {@link #line}: when the message is printable ASCII without a backslash
     * (maybe ending in one line break), its length without that line break; else -1.
     */
    static int plainLength(byte[] bytes) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        for (int i = 0; i < end; i++) {
            if (bytes[i] < 0x20 || bytes[i] > 0x7e || bytes[i] == '\\') {
                return -1;
            }
        }
        return end;
    }
}
