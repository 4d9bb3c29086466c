package dev.netplayground.cli;

import dev.netplayground.engine.codec.Framing;
import picocli.CommandLine.Option;

/** {@code --framing} and {@code --max-message}: how the TCP commands cut a stream into messages. */
final class FramingOptions {
    @Option(names = "--framing", defaultValue = "line", converter = Converters.FramingSpec.class,
            paramLabel = "FRAMING",
            description = {"How the stream is cut into messages: line (LF), raw (each read as it came), "
                    + "delimiter:HEX (e.g. delimiter:00), fixed:N, or length:BYTES[:le][:incl] (a 1, 2, 4 or "
                    + "8-byte length before each message, big-endian unless le, counting itself with incl). "
                    + "Default: ${DEFAULT-VALUE}."})
    Framing framing;

    @Option(names = {"--max-message", "--max-line"}, defaultValue = "" + Framing.DEFAULT_MAX_MESSAGE_BYTES,
            converter = Converters.LimitBytes.class, paramLabel = "BYTES",
            description = "Longest message payload in bytes, without its length header, delimiter or line ending "
                    + "(default: ${DEFAULT-VALUE}). A longer line comes in pieces; any other message over it "
                    + "closes the connection.")
    int maxMessageBytes;
}
