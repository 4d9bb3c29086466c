package dev.netplayground.cli;

import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.udp.Datagram;
import java.io.PrintStream;
import java.util.Optional;

/** Writes datagrams one per line: the text (inner line breaks escaped), or {@code hex: ..} when not UTF-8. */
final class DatagramPrinter {
    private DatagramPrinter() {}

    static String line(Datagram datagram) {
        Optional<String> text = TextCodec.decodeUtf8(datagram.kept());
        if (text.isEmpty()) {
            return "hex: " + TextCodec.toHex(datagram.kept());
        }
        String body = text.get();
        if (body.endsWith("\r\n")) {
            body = body.substring(0, body.length() - 2);
        } else if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        return body.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static void print(PrintStream out, Datagram datagram) {
        byte[] kept = datagram.kept();
        int plain = plainLength(kept);
        synchronized (out) {
            if (plain >= 0) {
                out.write(kept, 0, plain);
                out.println();
            } else {
                out.println(line(datagram));
            }
        }
    }

    /**
     * The fast path of {@link #line}: when the datagram is printable ASCII without a backslash
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
