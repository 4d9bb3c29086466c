package dev.netplayground.ui.http;

import atlantafx.base.theme.Styles;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.TableTail;
import dev.netplayground.ui.http.HttpServerViewModel.AcceptedRow;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The embedded Data server pane: form, start/stop, the URL to copy, accepted values. */
public final class HttpServerView extends VBox {
    private final HttpServerViewModel model;
    private final TextField bind = new TextField();
    private final TextField port = new TextField();
    private final TextField maxBody = new TextField();
    private final Button start = new Button("Start");
    private final Button stop = new Button("Stop");
    private final Label status = new Label();
    private final TextField url = new TextField();
    private final Button copy = new Button("Copy URL");
    private final Label error = Forms.errorLabel("httpServerError");
    private final Label counts = new Label();
    private final TableView<AcceptedRow> accepted = new TableView<>();

    public HttpServerView(HttpServerViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        bind.setId("httpServerBind");
        port.setId("httpServerPort");
        port.setPrefColumnCount(6);
        maxBody.setId("httpServerMaxBody");
        start.setId("httpServerStart");
        start.getStyleClass().add(Styles.ACCENT);
        stop.setId("httpServerStop");
        stop.getStyleClass().add(Styles.DANGER);
        for (Button button : new Button[] {start, stop, copy}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setId("httpServerStatus");
        status.getStyleClass().add("status-text");
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
        Label title = new Label("HTTP server");
        title.getStyleClass().add(Styles.TITLE_4);
        Label route = new Label("POST /data with {\"number\": <u32>, \"boolean\": <bool>} → Received: Data { … }");
        route.getStyleClass().add("status-text");
        route.setWrapText(true);
        GridPane form = Forms.grid();
        Forms.row(form, "Bind address", Forms.inline(bind, Forms.caption("Port", port), port),
                "127.0.0.1 accepts only this machine; 0.0.0.0 every interface. Port 0 picks a free one.");
        Forms.row(form, "Body limit (bytes)", maxBody, "Larger bodies are refused with 413 Payload Too Large.");
        Forms.row(form, "URL", Forms.inline(url, copy), "Where to POST while the server runs.");
        HBox buttons = new HBox(8, start, stop, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(accepted, Priority.ALWAYS);
        getChildren().setAll(title, route, form, buttons, error, counts, accepted);
        setSpacing(8);
        getStyleClass().add("pane-card");
    }

    private void bind() {
        bind.textProperty().bindBidirectional(model.bindAddressProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        maxBody.textProperty().bindBidirectional(model.maxBodyProperty());
        var locked = model.runningProperty().or(model.busyProperty());
        for (Control field : new Control[] {bind, port, maxBody, start}) {
            field.disableProperty().bind(locked);
        }
        stop.disableProperty().bind(model.runningProperty().not().or(model.busyProperty()));
        copy.disableProperty().bind(model.urlProperty().isEmpty());
        status.textProperty().bind(model.statusProperty());
        url.textProperty().bind(model.urlProperty());
        error.textProperty().bind(model.errorProperty());
        Forms.showInvalid(port, model.checks().invalid(model.portProperty()));
        Forms.showInvalid(maxBody, model.checks().invalid(model.maxBodyProperty()));
        counts.textProperty().bind(model.countsProperty());
        accepted.setItems(model.accepted());
        start.setOnAction(e -> model.start());
        stop.setOnAction(e -> model.stop());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.urlProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
