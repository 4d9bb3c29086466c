package dev.netplayground.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/** What a table shows of its rows, as a person sees it. FX thread only. */
final class TableViews {
    private TableViews() {}

    /**
     * Whether the table's last row is in view from top to bottom: not cut by the bottom edge and
     * not under a horizontal scroll bar (true for an empty table).
     */
    static boolean showsLastRow(TableView<?> table) {
        int last = table.getItems().size() - 1;
        if (last < 0) {
            return true;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> cell = flow.getLastVisibleCell();
        if (cell == null || cell.getIndex() != last) {
            return false;
        }
        Node viewport = flow.lookup(".clipped-container");
        Bounds rows = viewport.localToScene(viewport.getLayoutBounds());
        Bounds row = cell.localToScene(cell.getLayoutBounds());
        return row.getMinY() >= rows.getMinY() - 0.5 && row.getMaxY() <= rows.getMaxY() + 0.5;
    }

    /** What the table shows, for a failure's message. */
    static String describe(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> last = flow.getLastVisibleCell();
        Node viewport = flow.lookup(".clipped-container");
        return table.getId() + ": " + table.getItems().size() + " rows, rows " + firstShownRow(table) + " to "
                + (last == null ? -1 : last.getIndex()) + " in view, scrolled to " + flow.getPosition()
                + ", last row at "
                + (last == null ? null : last.localToScene(last.getLayoutBounds())) + " in "
                + viewport.localToScene(viewport.getLayoutBounds());
    }

    /** The index of the first row in view, or -1. */
    static int firstShownRow(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> cell = flow.getFirstVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }
}
