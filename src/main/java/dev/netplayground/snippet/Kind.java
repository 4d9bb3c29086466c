package dev.netplayground.snippet;

import java.util.Arrays;
import java.util.stream.Collectors;

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

    /** @throws IllegalArgumentException with a sentence that lists the names there are */
    public static Kind fromName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown program '" + name + "': expected one of "
                        + Arrays.stream(values()).map(Kind::cliName).collect(Collectors.joining(", "))));
    }
}
