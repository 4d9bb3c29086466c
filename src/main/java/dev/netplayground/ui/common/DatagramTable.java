package dev.netplayground.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** A table of datagrams: time, peer, size, text (hex when not UTF-8), note (e.g. truncated). */
public final class DatagramTable {
    private DatagramTable() {}

    public static TableView<DatagramRow> create(String id, String placeholder, ObservableList<DatagramRow> rows) {
        TableView<DatagramRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.getColumns().setAll(
                Columns.column("Time", 112, r -> Columns.clock(r.time())),
                Columns.column("Peer", 140, DatagramRow::peer),
                Columns.column("Bytes", 60, DatagramRow::bytes),
                Columns.column("Text", 220, DatagramRow::text),
                Columns.column("Note", 160, DatagramRow::note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.fixedRows(table);
        TableTail.follow(table);
        return table;
    }
}
