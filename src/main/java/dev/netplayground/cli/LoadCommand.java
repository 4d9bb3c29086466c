package dev.netplayground.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code load}: workload generators. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Drive a server hard and measure it: many echo clients (tcp), one bulk stream (tcp-bulk), "
                + "a datagram flood (udp), HTTP requests (http).",
        subcommands = {LoadTcpCommand.class, LoadTcpBulkCommand.class, LoadUdpCommand.class, LoadHttpCommand.class})
final class LoadCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
