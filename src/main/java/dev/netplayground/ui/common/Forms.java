package dev.netplayground.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Small layout helpers so every form reads the same. */
public final class Forms {
    private Forms() {}

    /** A two-column grid: labels left, growing fields right. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Adds a labelled row; the tooltip explains the field. */
    public static void row(GridPane grid, String label, Node field, String tooltip) {
        int row = grid.getRowCount();
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (tooltip != null) {
            Tooltip tip = new Tooltip(tooltip);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            name.setTooltip(tip);
            if (field instanceof javafx.scene.control.Control control) {
                control.setTooltip(tip);
            }
        }
        grid.addRow(row, name, field);
    }

    /** Controls side by side, the first one growing: for compound form rows. */
    public static javafx.scene.layout.HBox inline(Node grower, Node... rest) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8);
        box.getChildren().add(grower);
        box.getChildren().addAll(rest);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(grower, Priority.ALWAYS);
        return box;
    }

    /** A short caption inside a compound row. */
    public static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** A label for errors: red, wraps, hidden while empty. */
    public static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("error-text");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
