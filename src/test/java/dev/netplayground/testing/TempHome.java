package dev.netplayground.testing;

import dev.netplayground.store.AppHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh app home per test: a temporary folder set as {@value AppHome#PROPERTY} before anything
 * of the test runs (also a base class's {@code @BeforeEach} that opens the window), removed after.
 */
public final class TempHome implements BeforeEachCallback, AfterEachCallback {
    private Path folder;
    private String before;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("netpg-home-");
        before = System.getProperty(AppHome.PROPERTY);
        System.setProperty(AppHome.PROPERTY, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (before == null) {
            System.clearProperty(AppHome.PROPERTY);
        } else {
            System.setProperty(AppHome.PROPERTY, before);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The home folder. */
    public Path folder() {
        return folder;
    }

    /** The default workspace folder under it. */
    public Path workspace() {
        return folder.resolve("workspace");
    }
}
