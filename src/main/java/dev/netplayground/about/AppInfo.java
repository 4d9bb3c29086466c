package dev.netplayground.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What the app is: its version, license and the libraries it ships, as Maven built it. */
public final class AppInfo {
    public static final String NAME = "Net Playground";
    private static final Properties PROPERTIES = load();

    private AppInfo() {}

    /** A library the app ships, for the About dialog. */
    public record Library(String name, String version, String license) {}

    public static String version() {
        return PROPERTIES.getProperty("version", "development");
    }

    public static String license() {
        return PROPERTIES.getProperty("license");
    }

    public static List<Library> libraries() {
        List<Library> libraries = new ArrayList<>();
        for (int i = 1; PROPERTIES.containsKey("library." + i); i++) {
            String[] parts = PROPERTIES.getProperty("library." + i).split("\\|", 3);
            libraries.add(new Library(parts[0], parts[1], parts[2]));
        }
        return List.copyOf(libraries);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
