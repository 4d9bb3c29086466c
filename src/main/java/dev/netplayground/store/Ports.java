package dev.netplayground.store;

/** The rule for a port to send to. */
final class Ports {
    private Ports() {}

    static void check(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be from 1 to 65535, not " + port + ".");
        }
    }
}
