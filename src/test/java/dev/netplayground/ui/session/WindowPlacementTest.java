package dev.netplayground.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.store.Session.WindowGeometry;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1000);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowGeometry saved = new WindowGeometry(2000, 50, 1000, 800, true);

        assertThat(WindowPlacement.onScreen(saved, List.of(LEFT, RIGHT))).contains(saved);
    }

    @Test
    void aWindowOnAScreenThatIsGoneIsNotPlaced() {
        WindowGeometry saved = new WindowGeometry(2000, 50, 1000, 800, false);

        assertThat(WindowPlacement.onScreen(saved, List.of(LEFT))).isEmpty();
    }

    @Test
    void aTitleBarAboveOrBesideEveryScreenIsNotPlaced() {
        assertThat(WindowPlacement.onScreen(new WindowGeometry(100, -20, 800, 600, false), List.of(LEFT))).isEmpty();
        assertThat(WindowPlacement.onScreen(new WindowGeometry(1850, 100, 800, 600, false), List.of(LEFT)))
                .isEmpty();
        assertThat(WindowPlacement.onScreen(new WindowGeometry(0, 0, 0, 600, false), List.of(LEFT))).isEmpty();
    }

    @Test
    void aWindowHalfOffItsScreenIsMovedOnAndOneTooLargeIsShrunk() {
        assertThat(WindowPlacement.onScreen(new WindowGeometry(1700, 900, 800, 600, false), List.of(LEFT)))
                .contains(new WindowGeometry(1120, 450, 800, 600, false));
        assertThat(WindowPlacement.onScreen(new WindowGeometry(1930, 10, 2560, 1400, false), List.of(LEFT, RIGHT)))
                .contains(new WindowGeometry(1920, 0, 1280, 1000, false));
    }
}
