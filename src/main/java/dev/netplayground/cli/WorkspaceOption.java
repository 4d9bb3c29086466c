package dev.netplayground.cli;

import dev.netplayground.store.AppHome;
import dev.netplayground.store.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}, shared by the commands on saved items. */
final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "DIR", converter = Converters.FilePath.class,
            description = "The workspace folder (default: workspace/ in the app's settings folder).")
    Path folder;

    boolean given() {
        return folder != null;
    }

    Workspace open() {
        return new Workspace(folder != null ? folder : Workspace.defaultFolder(AppHome.current()));
    }
}
