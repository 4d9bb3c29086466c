package dev.netplayground.cli;

import dev.netplayground.store.PacketSenderImport;
import dev.netplayground.store.Revision;
import dev.netplayground.store.SaveConflictException;
import dev.netplayground.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code saved import FILE}: Packet Sender's exported packets become saved items. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import Packet Sender's exported packets (its Export Database .ini file, or its JSON export).",
            "TCP and UDP packets become messages, HTTP(S) packets requests. An item that already exists is",
            "left as it is and named on stderr, as is every packet skipped or changed on the way."
        })
final class SavedImportCommand extends IoCommand {
    @Parameters(index = "0", paramLabel = "FILE", converter = Converters.FilePath.class,
            description = "The exported file.")
    Path file;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PacketSenderImport.Result result;
        try {
            result = PacketSenderImport.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            io().err().println("error: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            io().err().println("error: " + e.getMessage());
            return 1;
        }
        Workspace target = workspace.open();
        int saved = 0;
        for (PacketSenderImport.Imported item : result.items()) {
            try {
                target.save(item.key(), item.item(), Revision.NONE);
                saved++;
            } catch (SaveConflictException e) {
                io().err().println("kept: " + e.getMessage());
            } catch (IOException e) {
                io().err().println("error: cannot write " + item.key().path() + ": " + e.getMessage());
                return 1;
            }
        }
        result.notes().forEach(note -> io().err().println("note: " + note));
        io().out().println("imported " + saved + " of " + result.items().size() + " items into " + target.folder());
        return 0;
    }
}
