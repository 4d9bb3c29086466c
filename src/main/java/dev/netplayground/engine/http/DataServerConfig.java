package dev.netplayground.engine.http;

/**
 * How to run the embedded {@code Data} server.
 *
 * @param bindAddress  address to listen on; 127.0.0.1 unless the user picks another
 * @param port         port, 0 for a free one
 * @param maxBodyBytes bodies larger than this are refused with 413
 */
public record DataServerConfig(String bindAddress, int port, int maxBodyBytes) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public DataServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535, not " + port + ".");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("The body limit must be at least 1 byte.");
        }
    }

    public static DataServerConfig defaults(int port) {
        return new DataServerConfig(DEFAULT_BIND, port, DEFAULT_MAX_BODY_BYTES);
    }

    public DataServerConfig withMaxBodyBytes(int maxBodyBytes) {
        return new DataServerConfig(bindAddress, port, maxBodyBytes);
    }
}
