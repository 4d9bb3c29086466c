package dev.netplayground.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** A table of datagrams: time, peer, size, text (hex when not UTF-8), note (e.g. truncated). */
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
                Columns.text("Text", 220, DatagramRow::text),
                Columns.text("Note", 160, DatagramRow::note));
        Columns.fixedRows(table);
        TableTail.follow(table);
        return table;
    }
}
