package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.LineFramer;
import dev.netplayground.engine.codec.TextCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Stdin as one message per line, for the sending commands: a line's bytes as they are (text in
 * any encoding goes out unchanged), or with {@code --hex} the bytes its hex digits spell.
 */
final class StdinMessages {
    /** What a command does with one line; false stops reading. */
    @FunctionalInterface
    interface Sink {
        /**
         * @param line    the line as read (its line ending included when it had one)
         * @param payload the message: the line without its ending, or the bytes of its hex
         */
        boolean accept(Frame line, byte[] payload) throws InterruptedException;
    }

    private StdinMessages() {}

    /**
     * Reads stdin to its end, or until the sink says stop.
     *
     * @param maxLineBytes a longer line comes to the sink in pieces (never with {@code hex})
     * @return false when the sink stopped
     * @throws CommandFailure naming the line that is not hex
     */
    static boolean read(InputStream in, boolean hex, int maxLineBytes, Sink sink)
            throws IOException, InterruptedException {
        LineFramer framer = new LineFramer(hex ? Integer.MAX_VALUE - 16 : maxLineBytes);
        byte[] buffer = new byte[16 * 1024];
        int number = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            for (Frame line : framer.feed(buffer, 0, n)) {
                number += line.cut() == Frame.Cut.PIECE ? 0 : 1;
                if (!sink.accept(line, payload(line, hex, number))) {
                    return false;
                }
            }
        }
        for (Frame line : framer.finish()) {
            if (!sink.accept(line, payload(line, hex, number + 1))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] payload(Frame line, boolean hex, int number) {
        if (!hex) {
            return line.cut() == Frame.Cut.PIECE ? line.bytes() : line.payload();
        }
        try {
            return TextCodec.parseHex(new String(line.payload(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("line " + number + " of stdin is not hex: " + e.getMessage());
        }
    }
}
