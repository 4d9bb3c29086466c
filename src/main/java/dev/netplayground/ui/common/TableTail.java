package dev.netplayground.ui.common;

import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
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
public final class TableTail {
    private final TableView<?> table;
    private final BooleanSupplier allowed;
    private final Runnable afterLayout = this::afterLayout;
    private boolean scrollQueued;
    private VirtualFlow<?> flow;

    private TableTail(TableView<?> table, BooleanSupplier allowed) {
        this.table = table;
        this.allowed = allowed;
    }

    /** Follows the newest row of a table whose rows are appended at the end (its items as set now). */
    public static void follow(TableView<?> table) {
        follow(table, () -> true);
    }

    /** As {@link #follow(TableView)}, only while {@code allowed} says so (e.g. not paused). */
    public static <S> void follow(TableView<S> table, BooleanSupplier allowed) {
        TableTail tail = new TableTail(table, allowed);
        table.getItems().addListener((ListChangeListener<S>) tail::onChange);
        tail.listenToPulsesOf(null, table.getScene());
        table.sceneProperty().addListener((obs, old, now) -> tail.listenToPulsesOf(old, now));
    }

    private void listenToPulsesOf(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void onChange(ListChangeListener.Change<?> change) {
        if (scrollQueued || !allowed.getAsBoolean()) {
            return;
        }
        int sizeBefore = change.getList().size();
        while (change.next()) {
            sizeBefore += change.getRemovedSize() - change.getAddedSize();
        }
        scrollQueued = wasShowingLastRow(sizeBefore);
    }

    /**
     * Whether the reader was at the end of {@code rowCount} rows (the table still shows its
     * previous layout). Within a row of it counts: the flow's scroll to the last row now and
     * then stops one row short, and following must not end because of it.
     */
    private boolean wasShowingLastRow(int rowCount) {
        VirtualFlow<?> shown = flow();
        IndexedCell<?> last = shown == null ? null : shown.getLastVisibleCell();
        return last == null || last.getIndex() < 0 || last.getIndex() >= rowCount - 2;
    }

    private void afterLayout() {
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
            shown.scrollTo(rows - 1);
        }
    }

    private VirtualFlow<?> flow() {
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found; // the skin's, made once
        }
        return flow;
    }
}
