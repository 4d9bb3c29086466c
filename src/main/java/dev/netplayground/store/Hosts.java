package dev.netplayground.store;

/** The rule for a host or address field. */
final class Hosts {
    private Hosts() {}

    static void check(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("A host or address must not be empty.");
        }
    }
}
