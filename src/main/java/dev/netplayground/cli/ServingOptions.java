package dev.netplayground.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --port}, {@code --bind} and {@code --events-file}: what every serving command takes. */
final class ServingOptions {
    @Option(names = {"-p", "--port"}, required = true, converter = Converters.ListenPort.class,
            description = "Port to listen on; 0 picks a free one.")
    int port;

    @Option(names = {"-b", "--bind"}, defaultValue = "127.0.0.1", converter = Converters.BindAddress.class,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Mixin
    EventsFileOption eventsFile = new EventsFileOption();
}
