package dev.netplayground.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A row of controls as every pane lays it out: 8 px apart, centred on the line, no button cut to "...". */
public final class Rows {
    /** The space between the parts of a pane, and between the controls of a row. */
    public static final double GAP = 8;

    private Rows() {}

    /** FX thread. */
    public static HBox of(Node... nodes) {
        HBox row = new HBox(GAP, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node node : nodes) {
            if (node instanceof ButtonBase button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return row;
    }
}
