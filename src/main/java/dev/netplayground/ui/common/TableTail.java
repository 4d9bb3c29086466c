package dev.netplayground.ui.common;

import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's newest row in view while the user is at the bottom, and leaves the view
 * where it is when they scrolled up to read. Scrolls at most once per pulse, right after the
 * pulse has laid the change out (a post-layout pulse listener of the table's scene): scrolling
 * from inside the change, before the table knows its new row count, left it one row behind.
 * FX thread only.
 */
public final class TableTail<S> {
    private final TableView<S> table;
    private final ListChangeListener<S> onChange = this::onChange;
    private final BooleanSupplier allowed;
    private final Runnable afterLayout = this::afterLayout;
    private boolean scrollQueued;
    /** The table was moved to its end after the last layout; the next layout shows it there. */
    private boolean movedToEnd;
    private VirtualFlow<?> flow;
    private ObservableList<S> items;

    private TableTail(TableView<S> table, BooleanSupplier allowed) {
        this.table = table;
        this.allowed = allowed;
    }

    /** Follows the newest row of a table whose rows are appended at the end (whichever items it is given). */
    public static <S> void follow(TableView<S> table) {
        follow(table, () -> true);
    }

    /** As {@link #follow(TableView)}, only while {@code allowed} says so (e.g. not paused). */
    public static <S> void follow(TableView<S> table, BooleanSupplier allowed) {
        TableTail<S> tail = new TableTail<>(table, allowed);
        // The items as they are now, and any set later: a pane may set them after following
        // (the TCP client's and the HTTP server's tables did, and were never followed). An
        // invalidation listener: a change listener misses an empty list replacing another, as
        // the two are equal.
        table.itemsProperty().addListener(obs -> tail.followItems());
        tail.followItems();
        tail.listenToPulsesOf(null, table.getScene());
        table.sceneProperty().addListener((obs, old, now) -> tail.listenToPulsesOf(old, now));
    }

    private void followItems() {
        if (items != null) {
            items.removeListener(onChange);
        }
        items = table.getItems();
        if (items != null) {
            items.addListener(onChange);
        }
    }

    private void listenToPulsesOf(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void onChange(ListChangeListener.Change<? extends S> change) {
        if (scrollQueued || !allowed.getAsBoolean()) {
            return;
        }
        int sizeBefore = change.getList().size();
        while (change.next()) {
            sizeBefore += change.getRemovedSize() - change.getAddedSize();
        }
        // Rows that arrive before the layout has shown our last move still find the reader at
        // the end: the cells on screen are the ones from before the move.
        scrollQueued = movedToEnd || wasShowingLastRow(sizeBefore);
    }

    /**
     * Whether the reader was at the end of {@code rowCount} rows (the table still shows its
     * previous layout). Within a row of it counts, so that a row cut by the bottom edge does
     * not end following.
     */
    private boolean wasShowingLastRow(int rowCount) {
        VirtualFlow<?> shown = flow();
        IndexedCell<?> last = shown == null ? null : shown.getLastVisibleCell();
        return last == null || last.getIndex() < 0 || last.getIndex() >= rowCount - 2;
    }

    private void afterLayout() {
        movedToEnd = false;
        if (!scrollQueued) {
            return;
        }
        scrollQueued = false;
        int rows = table.getItems().size();
        VirtualFlow<?> shown = flow();
        IndexedCell<?> first = shown == null ? null : shown.getFirstVisibleCell();
        IndexedCell<?> last = shown == null ? null : shown.getLastVisibleCell();
        boolean allInView = first != null && last != null && first.getIndex() == 0 && last.getIndex() == rows - 1
                && last.getBoundsInParent().getMaxY() <= shown.getHeight();
        // Scrolling a list that fits would push its rows up and leave the view half empty.
        if (rows > 0 && !allInView && allowed.getAsBoolean()) {
            // The very end, the last row whole at the bottom (scrollTo(last row) could stop a row short).
            shown.setPosition(1);
            movedToEnd = true;
        }
    }

    private VirtualFlow<?> flow() {
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found; // the skin's, made once
        }
        return flow;
    }
}
