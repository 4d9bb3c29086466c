package dev.netplayground.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code proxy}: a lossy, slow link between any client and server. */
@Command(
        name = "proxy",
        mixinStandardHelpOptions = true,
        description = "Relay between clients and a server, adding network conditions on the way: latency, "
                + "bandwidth limits, resets (tcp); loss, duplication, reordering (udp).",
        subcommands = {ProxyTcpCommand.class, ProxyUdpCommand.class})
final class ProxyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
