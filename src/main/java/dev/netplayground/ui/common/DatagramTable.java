package dev.netplayground.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** A table of datagrams: time, peer, size, note (e.g. truncated), text (hex when not UTF-8). */
public final class DatagramTable {
    private DatagramTable() {}

    /** @param name what the table holds, for screen readers */
    public static TableView<DatagramRow> create(String id, String name, String placeholder,
            ObservableList<DatagramRow> rows) {
        TableView<DatagramRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.setAccessibleText(name);
        Columns.fit(table,
                Columns.column("Time", 112, r -> Columns.clock(r.time())),
                Columns.text("Peer", 140, DatagramRow::peer),
                Columns.column("Bytes", 60, DatagramRow::bytes),
                // The note before the text: a truncation reads at once, and the text takes what is left.
                Columns.text("Note", 90, DatagramRow::note),
                Columns.text("Text", 150, DatagramRow::text));
        Columns.fixedRows(table);
        TableTail.follow(table);
        return table;
    }
}
