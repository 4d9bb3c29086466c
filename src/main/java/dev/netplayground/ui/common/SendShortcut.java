package dev.netplayground.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Ctrl+Enter (Cmd+Enter on macOS) sends from the client pane that holds the focus. FX thread. */
public final class SendShortcut {
    public static final KeyCombination KEYS = KeyCombination.keyCombination("Shortcut+Enter");

    private SendShortcut() {}

    /** "Ctrl+Enter" (JavaFX writes the key as an arrow symbol that few people read as Enter). */
    public static String displayText() {
        return KEYS.getDisplayText().replace("\u21B5", "Enter");
    }

    /** While focus is anywhere inside {@code pane}, the shortcut fires {@code send} (when enabled). */
    public static void install(Node pane, Button send) {
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KEYS.match(e)) {
                e.consume();
                if (!send.isDisabled()) {
                    send.fire();
                }
            }
        });
        LazyTooltip.install(send, "Shortcut: " + displayText());
    }
}
