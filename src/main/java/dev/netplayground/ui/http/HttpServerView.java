package dev.netplayground.ui.http;

import atlantafx.base.theme.Styles;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.PaneCard;
import dev.netplayground.ui.common.Rows;
import dev.netplayground.ui.common.ServerTlsFields;
import dev.netplayground.ui.common.StartStop;
import dev.netplayground.ui.common.TableTail;
import dev.netplayground.ui.http.HttpServerViewModel.AcceptedRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The embedded Data server pane: form, start/stop, the URL to copy, accepted values. */
public final class HttpServerView extends PaneCard {
    private final HttpServerViewModel model;
    private final TextField bind = new TextField();
    private final TextField port = new TextField();
    private final TextField maxBody = new TextField();
    private final StartStop startStop;
    private final ServerTlsFields tls;
    private final TextField url = new TextField();
    private final Button copy = new Button("Copy URL");
    private final Label error = Forms.errorLabel("httpServerError");
    private final Label counts = new Label();
    private final TableView<AcceptedRow> accepted = new TableView<>();

    public HttpServerView(HttpServerViewModel model) {
        this.model = model;
        this.startStop = new StartStop("httpServer", model);
        this.tls = new ServerTlsFields("httpServer", model.tlsProperty(), model.certificateProperty(),
                model.exportedProperty(), model::exportPem);
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        bind.setId("httpServerBind");
        port.setId("httpServerPort");
        port.setPrefColumnCount(6);
        maxBody.setId("httpServerMaxBody");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        url.setId("httpServerUrl");
        url.setEditable(false);
        Forms.prompt(url, "The URL shows here once the server listens");
        copy.setId("httpServerCopyUrl");
        counts.setId("httpServerCounts");
        counts.getStyleClass().add(Styles.TEXT_BOLD);
        accepted.setId("httpServerAccepted");
        accepted.setAccessibleText("Accepted Data values");
        accepted.setPlaceholder(new Label("Accepted Data values show here."));
        Columns.fit(accepted,
                Columns.column("Time", 112, r -> Columns.clock(r.time())),
                Columns.text("Data", 300, AcceptedRow::data));
        Columns.fixedRows(accepted);
        TableTail.follow(accepted);
    }

    private void layoutParts() {
        Label route = new Label("POST /data with {\"number\": <u32>, \"boolean\": <bool>} → Received: Data { … }");
        route.getStyleClass().add("status-text");
        route.setWrapText(true);
        GridPane form = Forms.grid();
        Forms.row(form, "Bind address", Forms.inline(bind, Forms.caption("Port", port), port),
                "127.0.0.1 accepts only this machine; 0.0.0.0 every interface. Port 0 picks a free one.");
        Forms.row(form, "Body limit (bytes)", maxBody, "Larger bodies are refused with 413 Payload Too Large.");
        form.add(Rows.of(tls.toggle()), 1, form.getRowCount());
        Forms.row(form, "URL", Forms.inline(url, copy), "Where to POST while the server runs.");
        VBox.setVgrow(accepted, Priority.ALWAYS);
        getChildren().setAll(title("HTTP server"), route, form, startStop.row(), tls.certificateBox(),
                error, counts, accepted);
    }

    private void bind() {
        bind.textProperty().bindBidirectional(model.bindAddressProperty());
        Forms.bindChecked(port, model.portProperty(), model.checks());
        Forms.bindChecked(maxBody, model.maxBodyProperty(), model.checks());
        Forms.disableWhile(startStop.locked(), bind, port, maxBody, tls.toggle());
        copy.disableProperty().bind(model.urlProperty().isEmpty());
        url.textProperty().bind(model.urlProperty());
        error.textProperty().bind(model.errorProperty());
        counts.textProperty().bind(model.countsProperty());
        accepted.setItems(model.accepted());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.urlProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
