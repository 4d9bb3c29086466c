package dev.netplayground.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Exports a workspace folder as a zip file: every file in it, by path, in a stable order. */
public final class WorkspaceZip {
    private WorkspaceZip() {}

    /**
     * Writes every file under {@code folder} (hidden files and our temporary files left out) to
     * {@code zip}, atomically; the zip must not be inside the folder.
     *
     * @return how many files it holds
     */
    public static int export(Path folder, Path zip) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path target = zip.toAbsolutePath().normalize();
        if (target.startsWith(root)) {
            throw new IllegalArgumentException("Save the zip outside the workspace folder, not in " + root + ".");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !hidden(root.relativize(file)))
                    .sorted().toList();
        }
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zipped = new ZipOutputStream(out)) {
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(entryName(root.relativize(file)));
                    entry.setLastModifiedTime(Files.getLastModifiedTime(file));
                    zipped.putNextEntry(entry);
                    Files.copy(file, zipped);
                    zipped.closeEntry();
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return files.size();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String entryName(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }
}
