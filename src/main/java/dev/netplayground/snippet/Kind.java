package dev.netplayground.snippet;

/** The programs a snippet can be: one per endpoint of the app. */
public enum Kind {
    TCP_SERVER("tcp-server", 8080),
    TCP_CLIENT("tcp-client", 8080),
    UDP_RECEIVER("udp-receiver", 8081),
    UDP_SENDER("udp-sender", 8081),
    HTTP_SERVER("http-server", 3030),
    HTTP_POST("http-post", 3030);

    private final String cliName;
    private final int defaultPort;

    Kind(String cliName, int defaultPort) {
        this.cliName = cliName;
        this.defaultPort = defaultPort;
    }

    public String cliName() {
        return cliName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean isServer() {
        return this == TCP_SERVER || this == UDP_RECEIVER || this == HTTP_SERVER;
    }
}
