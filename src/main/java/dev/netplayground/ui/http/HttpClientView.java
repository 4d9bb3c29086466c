package dev.netplayground.ui.http;

import atlantafx.base.theme.Styles;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.PaneCard;
import dev.netplayground.ui.common.Rows;
import dev.netplayground.ui.common.SendShortcut;
import dev.netplayground.ui.http.HttpClientViewModel.HistoryEntry;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The OkHttp client pane: method, URL (a pasted curl command fills the form), headers, a Data form
 * or a raw body, the answer, history, curl.
 */
public final class HttpClientView extends PaneCard {
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
    private final HttpClientViewModel model;
    private final ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(METHODS));
    private final TextField url;
    private final TextArea headers = new TextArea();
    private final TextField number = new TextField();
    private final CheckBox bool = new CheckBox("boolean");
    private final Label numberError = Forms.errorLabel("httpClientNumberError");
    private final CheckBox rawMode = new CheckBox("Raw JSON");
    private final CheckBox showHeaders = new CheckBox("Headers");
    private final TextArea rawJson = new TextArea();
    private final Button send = new Button("Send");
    private final Button curl = new Button("Copy as curl");
    private final CheckBox insecure = new CheckBox("Insecure");
    private final Label insecureWarning = new Label("Insecure: the server's certificate is not checked; anyone in "
            + "the path could read or change these requests.");
    private final Label status = new Label();
    private final Label error = Forms.errorLabel("httpClientError");
    private final TextArea response = new TextArea();
    private final ListView<HistoryEntry> history = new ListView<>();
    private final Button resend = new Button("Re-send");

    public HttpClientView(HttpClientViewModel model) {
        this.model = model;
        this.url = new UrlField(model::importCurl);
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        method.setId("httpClientMethod");
        method.setAccessibleText("Method");
        // Any method token may be typed (PROPFIND, PURGE); the list offers the usual ones.
        method.setEditable(true);
        method.getEditor().setPrefColumnCount(5);
        method.setMinWidth(Region.USE_PREF_SIZE);
        url.setId("httpClientUrl");
        url.setAccessibleText("URL; paste a curl command to fill the whole form");
        headers.setId("httpClientHeaders");
        headers.setAccessibleText("Request headers, one Name: value per line");
        headers.setPromptText("Name: value, one per line");
        headers.setPrefRowCount(2);
        headers.setMinHeight(Region.USE_PREF_SIZE);
        showHeaders.setId("httpClientShowHeaders");
        LazyTooltip.install(showHeaders, "Request headers, one Name: value per line. A body of the form or raw "
                + "JSON is sent as application/json unless a Content-Type header says otherwise.");
        showHeaders.setMinWidth(Region.USE_PREF_SIZE);
        // Shown on demand, or when there are headers: the form stays short, and the answer gets the room.
        headers.visibleProperty().bind(showHeaders.selectedProperty());
        headers.managedProperty().bind(showHeaders.selectedProperty());
        number.setId("httpClientNumber");
        number.setPrefColumnCount(10);
        bool.setId("httpClientBoolean");
        rawMode.setId("httpClientRawMode");
        LazyTooltip.install(rawMode, "Send any text, even invalid JSON, to see how the server answers it.");
        rawMode.setMinWidth(Region.USE_PREF_SIZE);
        rawJson.setId("httpClientRawJson");
        rawJson.setAccessibleText("Raw JSON body");
        rawJson.setPrefRowCount(2);
        rawJson.setWrapText(true);
        // Shown only in raw mode: the form stays short, and the answer gets the room.
        rawJson.visibleProperty().bind(rawMode.selectedProperty());
        rawJson.managedProperty().bind(rawMode.selectedProperty());
        send.setId("httpClientSend");
        send.getStyleClass().add(Styles.ACCENT);
        curl.setId("httpClientCurl");
        resend.setId("httpClientResend");
        for (Button button : new Button[] {send, curl, resend}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        insecure.setId("httpClientInsecure");
        insecure.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(insecure, "An https:// URL speaks TLS, verified against the system's authorities and "
                + "this app's own server certificate. Insecure (no verification) skips the check; the status and "
                + "every request say so.");
        insecureWarning.setId("httpClientInsecureWarning");
        insecureWarning.getStyleClass().add(Styles.DANGER);
        insecureWarning.setWrapText(true);
        insecureWarning.setPrefWidth(1);
        insecureWarning.setMaxWidth(Double.MAX_VALUE);
        status.setId("httpClientStatus");
        status.getStyleClass().add(Styles.TEXT_BOLD);
        response.setId("httpClientResponse");
        response.setAccessibleText("Response: body and headers");
        response.setEditable(false);
        response.setWrapText(true);
        response.setPrefRowCount(6);
        response.setMinHeight(60);
        history.setId("httpClientHistory");
        history.setAccessibleText("History of requests sent");
        history.setPrefHeight(90);
        history.setMinHeight(40);
        Label empty = new Label("Requests you send are kept here to re-send.");
        empty.setWrapText(true);
        history.setPlaceholder(empty);
    }

    private void layoutParts() {
        GridPane form = Forms.grid();
        HBox request = Forms.inline(url, send, curl, insecure);
        request.getChildren().add(0, method);
        Forms.row(form, "Request", request, "The method and URL. Starting the server on the left fills the URL in; "
                + "pasting a curl command into it fills the whole form.");
        Forms.row(form, "number", Forms.inline(number, bool, rawMode, showHeaders),
                "An unsigned 32-bit integer (0 to 4294967295), as Rust's u32; the form refuses anything else. "
                        + "Use raw JSON to see how the server answers a bad value.");
        form.add(numberError, 1, form.getRowCount());
        Label responseTitle = new Label("Response");
        responseTitle.setLabelFor(response);
        HBox responseHeader = Rows.of(responseTitle, status);
        VBox.setVgrow(response, Priority.ALWAYS);
        Label historyTitle = new Label("History");
        historyTitle.setLabelFor(history);
        HBox historyHeader = Rows.of(historyTitle, resend);
        VBox.setVgrow(history, Priority.ALWAYS);
        // The answer and the history share what is left, and the divider moves.
        SplitPane answer = new SplitPane(new VBox(6, responseHeader, response), new VBox(6, historyHeader, history));
        answer.setId("httpClientAnswer");
        answer.setOrientation(Orientation.VERTICAL);
        answer.setDividerPositions(0.7);
        VBox.setVgrow(answer, Priority.ALWAYS);
        getChildren().setAll(title("HTTP client (OkHttp)"), form, insecureWarning, headers, rawJson, error, answer);
        SendShortcut.install(this, send);
    }

    private void bind() {
        method.valueProperty().bindBidirectional(model.methodProperty());
        url.textProperty().bindBidirectional(model.urlProperty());
        headers.textProperty().bindBidirectional(model.headersProperty());
        showHeaders.setSelected(!model.headersProperty().get().isBlank());
        model.headersProperty().addListener((obs, old, now) -> {
            if (!now.isBlank()) {
                showHeaders.setSelected(true);
            }
        });
        number.textProperty().bindBidirectional(model.numberProperty());
        bool.selectedProperty().bindBidirectional(model.boolProperty());
        rawMode.selectedProperty().bindBidirectional(model.rawModeProperty());
        rawJson.textProperty().bindBidirectional(model.rawJsonProperty());
        numberError.textProperty().bind(model.numberErrorBinding());
        Forms.showInvalid(number, model.numberErrorBinding().isNotEmpty());
        number.disableProperty().bind(model.rawModeProperty());
        bool.disableProperty().bind(model.rawModeProperty());
        rawJson.disableProperty().bind(model.rawModeProperty().not());
        send.disableProperty().bind(model.sendingProperty().or(model.numberErrorBinding().isNotEmpty()));
        insecure.selectedProperty().bindBidirectional(model.insecureProperty());
        // The URL's scheme decides TLS: Insecure means something only for https.
        insecure.disableProperty().bind(model.httpsBinding().not());
        insecureWarning.visibleProperty().bind(model.insecureInUseBinding());
        insecureWarning.managedProperty().bind(insecureWarning.visibleProperty());
        status.textProperty().bind(model.statusProperty());
        model.lastSucceededProperty().addListener((obs, was, ok) -> {
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            status.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        });
        error.textProperty().bind(model.errorProperty());
        response.textProperty().bind(model.responseProperty());
        history.setItems(model.history());
        BooleanBinding nothingChosen = history.getSelectionModel().selectedItemProperty().isNull();
        resend.disableProperty().bind(nothingChosen.or(model.sendingProperty()));
        send.setOnAction(e -> model.send());
        url.setOnAction(e -> model.send());
        resend.setOnAction(e -> model.resend(history.getSelectionModel().getSelectedItem()));
        curl.setOnAction(e -> {
            String command = model.curl();
            if (command != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(command);
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
    }
}
