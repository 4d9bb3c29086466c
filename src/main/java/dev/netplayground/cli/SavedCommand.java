package dev.netplayground.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code saved}: commands on the workspace's saved items. */
@Command(
        name = "saved",
        mixinStandardHelpOptions = true,
        description = "Saved messages, requests, endpoint presets and sequences (the workspace).",
        subcommands = {SavedListCommand.class, SavedImportCommand.class, SavedExportCommand.class})
final class SavedCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
