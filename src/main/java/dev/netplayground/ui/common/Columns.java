package dev.netplayground.ui.common;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns from plain getters (no reflection, so no module has to be opened), and the one
 * layout rule of every table: its columns fit its width. Short values keep their width; long
 * text gives way and ends with "...", its whole text in the cell's tooltip.
 */
public final class Columns {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    /** How narrow a column of long text may get before the table scrolls sideways (its title still whole). */
    private static final double TEXT_MIN_WIDTH = 60;
    /** A header's padding and border around its title. */
    private static final double HEADER_PADDING = 30;

    private Columns() {}

    /**
     * Dense rows of one fixed height: the table then knows where every row is without
     * measuring it, so it stays cheap however many rows it holds, and scrolling to the newest
     * row lands on it (with measured rows, an estimate left it just out of view). The height
     * is set in app.css in em, so it follows the text size.
     */
    public static void fixedRows(TableView<?> table) {
        table.getStyleClass().addAll(Styles.DENSE, "fixed-rows");
    }

    /**
     * Sets the table's columns so that together they fit its width: the last one takes what is
     * left, and long-text columns shrink before anything scrolls sideways.
     */
    @SafeVarargs
    public static <S> void fit(TableView<S> table, TableColumn<S, ?>... columns) {
        table.getColumns().setAll(List.of(columns));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /**
     * A column of short values (times, counts, sizes): never narrower than {@code width} or its
     * title, so neither ends in "...".
     */
    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        return column(title, width, titleWidth(title), value);
    }

    private static <S, T> TableColumn<S, T> column(
            String title, double width, double titleWidth, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(Math.max(width, titleWidth));
        column.setMinWidth(Math.max(width, titleWidth));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A column of long text: it shrinks with the table, and a cut value shows whole in its tooltip. */
    public static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        double titleWidth = titleWidth(title);
        TableColumn<S, String> column = column(title, width, titleWidth, value);
        column.setMinWidth(Math.max(Math.min(width, TEXT_MIN_WIDTH), titleWidth));
        column.setCellFactory(c -> new ElidedCell<>());
        return column;
    }

    /** A column of short values that follows a property of the row, so in-place updates show at once. */
    public static <S, T> TableColumn<S, T> live(
            String title, double width, Function<S, ? extends ObservableValue<T>> property) {
        TableColumn<S, T> column = new TableColumn<>(title);
        double least = Math.max(width, titleWidth(title));
        column.setPrefWidth(least);
        column.setMinWidth(least);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        return column;
    }

    /** Room for a header's title, bold at the default text size (a larger text size may cut it). */
    private static double titleWidth(String title) {
        Text text = new Text(title);
        text.setFont(TitleFont.BOLD);
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }

    /** Looked up once, when the first table is built (fonts need the toolkit). */
    private static final class TitleFont {
        static final Font BOLD = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, TextScale.DEFAULT);
    }

    /** Local wall-clock time with milliseconds. */
    public static String clock(Instant time) {
        return CLOCK.format(time);
    }

    /** A text cell whose tooltip holds its whole text (one tooltip per cell, made when first needed). */
    private static final class ElidedCell<S> extends TableCell<S, String> {
        private Tooltip tooltip;

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            if (!blank && tooltip == null) {
                tooltip = Forms.tooltip(item);
                tooltip.setMaxWidth(480);
            } else if (!blank) {
                tooltip.setText(item);
            }
            // Installing a tooltip costs event handlers: only when the cell turns blank or not.
            Tooltip wanted = blank ? null : tooltip;
            if (getTooltip() != wanted) {
                setTooltip(wanted);
            }
        }
    }
}
