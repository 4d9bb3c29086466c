package dev.netplayground.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code load}: workload generators; {@code load tcp} for now. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Drive a server with many concurrent clients and measure it.",
        subcommands = {LoadTcpCommand.class})
final class LoadCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
