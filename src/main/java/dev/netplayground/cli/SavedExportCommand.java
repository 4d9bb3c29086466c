package dev.netplayground.cli;

import dev.netplayground.store.Workspace;
import dev.netplayground.store.WorkspaceZip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code saved export ZIP}: the workspace as a zip file. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write every file of the workspace (hidden ones left out) to a zip file.")
final class SavedExportCommand extends IoCommand {
    @Parameters(index = "0", paramLabel = "ZIP", converter = Converters.FilePath.class,
            description = "The zip file to write, outside the workspace.")
    Path zip;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        Workspace source = workspace.open();
        if (!Files.isDirectory(source.folder())) {
            io().err().println("error: there is no folder " + source.folder() + ".");
            return 1;
        }
        try {
            int files = WorkspaceZip.export(source.folder(), zip);
            io().out().println("wrote " + files + " files to " + zip);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            io().err().println("error: " + e.getMessage());
            return 1;
        }
    }
}
