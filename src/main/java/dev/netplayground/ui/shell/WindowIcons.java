package dev.netplayground.ui.shell;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;

/** The app's icon (packaging/icons), in the sizes window managers ask for. */
final class WindowIcons {

    private WindowIcons() {}

    /** Loaded in the background, so they cost the first frame nothing. */
    static List<Image> all() {
        return Stream.of(16, 32, 64, 128).map(size -> new Image(url(size), true)).toList();
    }

    static Image image(int size) {
        return new Image(url(size));
    }

    private static String url(int size) {
        return WindowIcons.class.getResource("/dev/netplayground/ui/icons/net-playground-" + size + ".png")
                .toExternalForm();
    }
}
