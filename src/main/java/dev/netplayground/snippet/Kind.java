package dev.netplayground.snippet;

import java.util.Locale;

/** The programs a snippet can be: one per endpoint of the app. */
public enum Kind {
    TCP_SERVER(8080),
    TCP_CLIENT(8080),
    UDP_RECEIVER(8081),
    UDP_SENDER(8081),
    HTTP_SERVER(3030),
    HTTP_POST(3030);

    private final int defaultPort;

    Kind(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The name as the command line takes it: the constant's, as in {@code tcp-server}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean isServer() {
        return this == TCP_SERVER || this == UDP_RECEIVER || this == HTTP_SERVER;
    }
}
