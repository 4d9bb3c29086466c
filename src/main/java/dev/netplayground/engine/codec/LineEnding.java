package dev.netplayground.engine.codec;


/** What a client appends to each message it sends. */
public enum LineEnding {
    LF("\n", "LF (\\n)"),
    CRLF("\r\n", "CRLF (\\r\\n)"),
    NONE("", "None");

    private final byte[] bytes;
    private final String label;

    LineEnding(String ending, String label) {
        this.bytes = ending.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.label = label;
    }

    /** The message followed by this ending. */
    public byte[] append(byte[] message) {
        return ByteArrays.concat(message, bytes);
    }

    @Override
    public String toString() {
        return label;
    }
}
