package dev.netplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    @Start
    void start(Stage stage) {
        // The toolkit only: the controls below are never shown.
    }

    @Test
    void madeWhenThePointerFirstEntersWithEveryLineAndReadableBefore(FxRobot robot) {
        robot.interact(() -> {
            Button send = new Button("Send");
            LazyTooltip.install(send, "Send the message.");
            LazyTooltip.install(send, "Shortcut: Ctrl+Enter");

            assertThat(send.getTooltip()).isNull();
            assertThat(send.getAccessibleHelp()).isEqualTo("Send the message.\nShortcut: Ctrl+Enter");

            Event.fireEvent(send, entered());
            assertThat(send.getTooltip()).isNotNull();
            assertThat(send.getTooltip().getText()).isEqualTo("Send the message.\nShortcut: Ctrl+Enter");
        });
    }

    private static MouseEvent entered() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null);
    }
}
