package dev.netplayground.ui.common;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Table columns from plain getters: no reflection, so no module has to be opened. */
public final class Columns {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    /** Narrow columns (time, sizes) never shrink below this, so they never show "...". */
    private static final double MIN_WIDTH = 135;

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

    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, MIN_WIDTH));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A column that follows a property of the row, so in-place updates show at once. */
    public static <S, T> TableColumn<S, T> live(
            String title, double width, Function<S, ? extends javafx.beans.value.ObservableValue<T>> property) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, MIN_WIDTH));
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        return column;
    }

    /** Local wall-clock time with milliseconds. */
    public static String clock(Instant time) {
        return CLOCK.format(time);
    }
}
