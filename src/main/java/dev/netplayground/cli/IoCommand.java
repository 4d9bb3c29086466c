package dev.netplayground.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A subcommand that reads and writes the streams the command line runs with: the process's own, or a
 * test's. picocli injects the spec, as it injects the options; the streams are the root command's.
 */
abstract class IoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The streams of this run; valid once picocli has set the command up. */
    final CliIo io() {
        return ((NetPlaygroundCommand) spec.root().userObject()).io();
    }

    /** A bad combination of options: one sentence, exit code 2, as a bad value gets. */
    final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
