package dev.netplayground.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cert}: certificates for TLS. */
@Command(
        name = "cert",
        mixinStandardHelpOptions = true,
        description = "Certificates for TLS servers and clients.",
        subcommands = {CertGenerateCommand.class})
final class CertCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
