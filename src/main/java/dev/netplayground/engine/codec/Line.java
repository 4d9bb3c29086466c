package dev.netplayground.engine.codec;

/**
 * One frame cut by {@link LineFramer}.
 *
 * @param bytes      the line as received, including its {@code \n} when it had one
 * @param terminated whether it ended with {@code \n}
 * @param overLimit  whether it was cut because it reached the maximum line length
 */
public record Line(byte[] bytes, boolean terminated, boolean overLimit) {
    /** The line without its trailing {@code \n} or {@code \r\n}. */
    public byte[] content() {
        int end = bytes.length;
        if (terminated) {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return java.util.Arrays.copyOf(bytes, end);
    }
}
