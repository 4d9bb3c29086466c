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
        synchronized (out) {
            out.println(line(datagram));
        }
    }
}
