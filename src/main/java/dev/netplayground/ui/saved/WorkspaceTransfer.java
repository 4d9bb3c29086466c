package dev.netplayground.ui.saved;

import dev.netplayground.store.ItemKey;
import dev.netplayground.store.PacketSenderImport;
import dev.netplayground.store.Revision;
import dev.netplayground.store.Workspace;
import dev.netplayground.store.WorkspaceZip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** File → Export workspace as zip and File → Import Packet Sender packets, on one workspace. FX thread only. */
public final class WorkspaceTransfer {
    private final Workspace workspace;
    private final FileJobs jobs;
    private final Consumer<String> say;
    private final Runnable reload;

    WorkspaceTransfer(Workspace workspace, FileJobs jobs, Consumer<String> say, Runnable reload) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.say = say;
        this.reload = reload;
    }

    /** Zips every file of the workspace into {@code zip} (which must lie outside it). */
    public void exportZip(Path zip) {
        jobs.run("Not exported: ", () -> WorkspaceZip.export(workspace.folder(), zip),
                count -> say.accept("Exported " + count + (count == 1 ? " file" : " files") + " to " + zip + "."));
    }

    /**
     * Saves the packets of a Packet Sender export as items, each under a name no file has yet
     * (nothing is overwritten); says what was imported and what was skipped or changed.
     */
    public void importPacketSender(Path export) {
        jobs.run("Not imported: ", () -> {
            PacketSenderImport.Result read = PacketSenderImport.read(Files.readString(export));
            List<String> saved = new ArrayList<>();
            for (PacketSenderImport.Imported item : read.items()) {
                ItemKey key = ItemEdits.freeKey(workspace, item.key().kind(), item.key().name());
                workspace.save(key, item.item(), Revision.NONE);
                saved.add(key.toString());
            }
            String notes = read.notes().isEmpty() ? "" : " " + String.join(" ", read.notes());
            return "Imported " + saved.size() + (saved.size() == 1 ? " packet" : " packets") + " from "
                    + export.getFileName() + ": " + String.join(", ", saved) + "." + notes;
        }, done -> {
            say.accept(done);
            reload.run();
        });
    }
}
