package dev.netplayground.engine.proxy;

/** Which way bytes cross a proxy. */
public enum ProxyDirection {
    /** From the client that connected to the proxy, to the target. */
    UPSTREAM("client->target"),
    /** Back from the target to its client. */
    DOWNSTREAM("target->client");

    private final String label;

    ProxyDirection(String label) {
        this.label = label;
    }

    /** How the log writes it, e.g. {@code client->target}. */
    public String label() {
        return label;
    }
}
