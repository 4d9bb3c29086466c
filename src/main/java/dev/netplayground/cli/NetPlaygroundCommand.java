package dev.netplayground.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code net-playground SUBCOMMAND ...}; with no subcommand the window opens. */
@Command(
        name = "net-playground",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Play with network programming: TCP, UDP and HTTP servers and clients you can watch.%n"
                + "With no subcommand, the window opens.",
        subcommands = {
            TcpServerCommand.class, TcpClientCommand.class, UdpReceiverCommand.class, UdpSenderCommand.class,
            HttpServerCommand.class, HttpPostCommand.class, LoadCommand.class, FutureDemoCommand.class,
            SendCommand.class, SavedCommand.class, SnippetCommand.class, ProxyCommand.class,
            CertCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
public final class NetPlaygroundCommand implements Runnable {
    private final CliIo io;

    @Spec
    CommandSpec spec;

    NetPlaygroundCommand(CliIo io) {
        this.io = io;
    }

    /** The streams every subcommand reads and writes. */
    CliIo io() {
        return io;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
