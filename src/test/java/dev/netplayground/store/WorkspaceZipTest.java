package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceZipTest {
    @TempDir
    Path dir;

    @Test
    void theZipHoldsEveryFileByItsPathAndNoHiddenOnes() throws Exception {
        Path folder = dir.resolve("ws");
        Workspace workspace = new Workspace(folder);
        workspace.save(new ItemKey(ItemKind.MESSAGES, "hello"), Items.HELLO, Revision.NONE);
        workspace.save(new ItemKey(ItemKind.REQUESTS, "upload"), Items.UPLOAD, Revision.NONE);
        Files.createDirectories(folder.resolve("files"));
        Files.write(folder.resolve("files/payload.bin"), new byte[] {1, 2, 3});
        Files.writeString(folder.resolve("messages/.hello.json.123.tmp"), "half");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref");

        int count = WorkspaceZip.export(folder, dir.resolve("out/ws.zip"));

        assertThat(count).isEqualTo(3);
        try (ZipFile zip = new ZipFile(dir.resolve("out/ws.zip").toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).forEach(names::add);
            assertThat(names).containsExactly("files/payload.bin", "messages/hello.json", "requests/upload.json");
            assertThat(zip.getInputStream(zip.getEntry("messages/hello.json")).readAllBytes())
                    .isEqualTo(Files.readAllBytes(folder.resolve("messages/hello.json")));
        }
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ws.zip");
        }
    }

    @Test
    void aZipInsideTheWorkspaceIsRefused() {
        assertThatThrownBy(() -> WorkspaceZip.export(dir, dir.resolve("ws.zip")))
                .hasMessage("Save the zip outside the workspace folder, not in " + dir.toAbsolutePath() + ".");
    }
}
