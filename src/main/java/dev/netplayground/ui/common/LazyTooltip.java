package dev.netplayground.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its node. Every tooltip is a popup window with a
 * scene of its own, and the first one loads the tooltip machinery: made up front, the first
 * screen's tooltips took about 4 % of the FX thread's work before the window showed. The text
 * is the node's accessible help at once, so a screen reader has it before any pointer comes.
 * FX thread only.
 */
public final class LazyTooltip {
    private static final Object TEXT = new Object();

    private LazyTooltip() {}

    /** Gives {@code node} a tooltip with this text; a second call adds a line to it. */
    public static void install(Node node, String text) {
        Object before = node.getProperties().get(TEXT);
        String all = before == null ? text : before + "\n" + text;
        node.getProperties().put(TEXT, all);
        node.setAccessibleHelp(all);
        if (before == null) {
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
                @Override
                public void handle(MouseEvent event) {
                    node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    make(node);
                }
            });
        }
    }

    private static void make(Node node) {
        Tooltip tooltip = Forms.tooltip((String) node.getProperties().get(TEXT));
        if (node instanceof Control control) {
            control.setTooltip(tooltip);
        } else {
            Tooltip.install(node, tooltip);
        }
    }
}
