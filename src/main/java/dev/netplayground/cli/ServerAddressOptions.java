package dev.netplayground.cli;

import picocli.CommandLine.Option;

/** {@code --host} and {@code --port}: the server a client or a load sends to. */
final class ServerAddressOptions {
    @Option(names = {"-H", "--host"}, defaultValue = "127.0.0.1", converter = Converters.Host.class,
            description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, required = true, converter = Converters.Port.class, description = "Server port.")
    int port;
}
