package dev.netplayground.engine.core;

/** The port ranges the engine's configs accept; a port outside them is refused in one sentence. */
public final class Ports {
    private static final int MAX = 65535;

    private Ports() {}

    /** A port to listen on: 0 (any free one) to 65535. */
    public static void requireListenPort(int port) {
        require(port, 0);
    }

    /** A port to connect or send to: 1 to 65535. */
    public static void requireTargetPort(int port) {
        require(port, 1);
    }

    private static void require(int port, int min) {
        if (port < min || port > MAX) {
            throw new IllegalArgumentException("Port must be from " + min + " to " + MAX + ", not " + port + ".");
        }
    }
}
