package dev.netplayground.ui.conditions;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.proxy.ProxyConnectionInfo;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.PaneCard;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Conditions tab's right pane: what the proxy applied, counted per kind, and its open connections. */
public final class ConnectionsView extends PaneCard {
    public ConnectionsView(ConditionsViewModel model) {
        Label counters = new Label();
        counters.setId("proxyCounters");
        counters.setWrapText(true);
        counters.getStyleClass().add(Styles.TEXT_BOLD);
        counters.textProperty().bind(model.countersProperty());
        LazyTooltip.install(counters, "Every condition the proxy applied since it started, counted per kind; "
                + "the log shows them one by one (up to 50 a second, the rest summarised).");
        TableView<ProxyConnectionInfo> table = new TableView<>(model.connections());
        table.setId("proxyConnections");
        table.setAccessibleText("Connections through the proxy");
        table.setPlaceholder(new Label("TCP connections through the proxy show here."));
        Columns.fixedRows(table);
        Columns.fit(table,
                Columns.column("#", 50, ProxyConnectionInfo::id),
                Columns.text("Client", 150, ProxyConnectionInfo::client),
                Columns.column("Bytes client → target", 160, ProxyConnectionInfo::bytesUp),
                Columns.column("Bytes target → client", 160, ProxyConnectionInfo::bytesDown));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(title("Through the proxy"), counters, heading("Open connections", table), table);
    }
}
