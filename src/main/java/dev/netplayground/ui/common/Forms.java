package dev.netplayground.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** Small layout helpers so every form reads the same. FX thread only. */
public final class Forms {
    /** Where a control keeps what {@link #showInvalid} listens to (bindings are otherwise held only weakly). */
    private static final String INVALID_KEY = "netplayground.invalid";

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

    /**
     * Adds a labelled row; the tooltip explains the field. In a compound row ({@link #inline})
     * the label names its first field, which has no caption of its own.
     */
    public static void row(GridPane grid, String label, Node field, String tooltip) {
        int row = grid.getRowCount();
        Label name = new Label(label);
        name.setLabelFor(field instanceof HBox box && !box.getChildren().isEmpty() ? box.getChildren().get(0) : field);
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (tooltip != null) {
            LazyTooltip.install(name, tooltip);
            if (field instanceof Control control) {
                LazyTooltip.install(control, tooltip);
            }
        }
        grid.addRow(row, name, field);
    }

    /** A tooltip that wraps at a readable width. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }

    /** Controls side by side, the first one growing: for compound form rows. */
    public static HBox inline(Node grower, Node... rest) {
        HBox box = new HBox(8);
        box.getChildren().add(grower);
        box.getChildren().addAll(rest);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(grower, Priority.ALWAYS);
        return box;
    }

    /** A choice among {@code values}, never cut, named for screen readers as it has no label of its own. */
    @SafeVarargs
    public static <T> ChoiceBox<T> choices(String accessibleName, T... values) {
        ChoiceBox<T> choice = new ChoiceBox<>(FXCollections.observableArrayList(values));
        choice.setAccessibleText(accessibleName);
        // A choice shows whole, as a button does: the fields beside it give way instead.
        choice.setMinWidth(Region.USE_PREF_SIZE);
        return choice;
    }

    /** A short caption inside a compound row. */
    public static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A label for errors: red, hidden while empty, and always whole: it wraps, and keeps the
     * height of all its lines when its pane runs short of room (a pane squeezes a label to one
     * line and ends it with "..." otherwise).
     */
    public static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("error-text");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /**
     * Sets the field's placeholder and keeps it whole: the field never gets narrower than the
     * placeholder at the current text size. Also its accessible text, as the placeholder is
     * often the field's only label.
     */
    public static void prompt(TextField field, String text) {
        field.setPromptText(text);
        if (field.getAccessibleText() == null) {
            field.setAccessibleText(text);
        }
        Text measure = new Text();
        field.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            measure.setText(field.getPromptText());
            measure.setFont(field.getFont());
            Insets padding = field.getPadding();
            // Two pixels for the caret, which the skin draws beside the text.
            return Math.ceil(measure.getLayoutBounds().getWidth() + padding.getLeft() + padding.getRight() + 2);
        }, field.promptTextProperty(), field.fontProperty(), field.paddingProperty()));
    }

    /** Disables each of the nodes while {@code condition} is true. */
    public static void disableWhile(ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.disableProperty().bind(condition);
        }
    }

    /**
     * Binds the field's text both ways to {@code value}, and shows the field in the danger state while the
     * error line of {@code checks} is about {@code value}.
     */
    public static void bindChecked(TextInputControl field, StringProperty value, FieldChecks checks) {
        field.textProperty().bindBidirectional(value);
        showInvalid(field, checks.invalid(value));
    }

    /** Shows the control in the theme's danger state (a red border) while {@code invalid} is true. */
    public static void showInvalid(Control control, ObservableBooleanValue invalid) {
        control.getProperties().put(INVALID_KEY, invalid);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, invalid.get());
        invalid.addListener((obs, was, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER, now));
    }
}
