package dev.netplayground.cli;

import dev.netplayground.store.Contents;
import dev.netplayground.store.ItemKind;
import dev.netplayground.store.LoadProblem;
import dev.netplayground.store.Loaded;
import dev.netplayground.store.Workspace;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code saved list}: the saved items by kind, one line each. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List the saved items by kind: name and what it is.",
            "Files that cannot be read are named on stderr with the line and column of the problem; "
                    + "then the exit code is 1."
        })
final class SavedListCommand extends IoCommand {
    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        Workspace opened = workspace.open();
        if (workspace.given() && !Files.isDirectory(opened.folder())) {
            io().err().println("error: there is no folder " + opened.folder() + ".");
            return 1;
        }
        Contents contents = opened.load();
        if (contents.items().isEmpty() && contents.problems().isEmpty()) {
            io().err().println("no saved items in " + opened.folder());
            return 0;
        }
        int width = contents.items().stream().mapToInt(item -> item.key().name().length()).max().orElse(0);
        for (ItemKind kind : ItemKind.values()) {
            List<Loaded> items = contents.items(kind);
            if (items.isEmpty()) {
                continue;
            }
            io().out().println(kind.folder());
            for (Loaded item : items) {
                io().out().printf("  %-" + width + "s  %s%n", item.key().name(), item.item().summary());
            }
        }
        for (LoadProblem problem : contents.problems()) {
            io().err().println("unreadable: " + problem.message());
        }
        return contents.problems().isEmpty() ? 0 : 1;
    }
}
