package dev.netplayground.ui.session;

import dev.netplayground.store.Session.WindowGeometry;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** Where a restored window goes: its saved place when a user can still reach it there. Pure. */
public final class WindowPlacement {
    /** The strip along the window's top that a user grabs to move it (its title bar). */
    static final double GRIP_HEIGHT = 30;
    /** How much of that strip must be on a screen for the window to count as on it. */
    static final double GRIP_MIN_WIDTH = 100;

    private WindowPlacement() {}

    /**
     * The saved geometry moved and shrunk onto the screen that shows its title bar, or empty
     * when no screen shows enough of it (a screen was unplugged, the file was edited).
     */
    public static Optional<WindowGeometry> onScreen(WindowGeometry saved, List<Rectangle2D> screens) {
        if (!(saved.width() > 0 && saved.height() > 0)) {
            return Optional.empty();
        }
        Rectangle2D grip = new Rectangle2D(saved.x(), saved.y(), saved.width(), Math.min(GRIP_HEIGHT, saved.height()));
        for (Rectangle2D screen : screens) {
            double width = Math.min(grip.getMaxX(), screen.getMaxX()) - Math.max(grip.getMinX(), screen.getMinX());
            double height = Math.min(grip.getMaxY(), screen.getMaxY()) - Math.max(grip.getMinY(), screen.getMinY());
            if (width >= Math.min(GRIP_MIN_WIDTH, grip.getWidth()) && height >= grip.getHeight()) {
                return Optional.of(fit(saved, screen));
            }
        }
        return Optional.empty();
    }

    private static WindowGeometry fit(WindowGeometry saved, Rectangle2D screen) {
        double width = Math.min(saved.width(), screen.getWidth());
        double height = Math.min(saved.height(), screen.getHeight());
        double x = Math.clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = Math.clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowGeometry(x, y, width, height, saved.maximized());
    }
}
