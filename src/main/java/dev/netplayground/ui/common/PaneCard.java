package dev.netplayground.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A server's or client's pane in a protocol tab: a card with a title, its parts a row gap apart. FX thread. */
public abstract class PaneCard extends VBox {
    protected PaneCard() {
        setSpacing(Rows.GAP);
        getStyleClass().add("pane-card");
    }

    /** The pane's title. */
    protected static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }

    /** A bold heading over {@code part} (a table or list), which a screen reader names after it. */
    protected static Label heading(String text, Node part) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setLabelFor(part);
        return heading;
    }
}
