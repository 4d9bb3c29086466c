package dev.netplayground.ui.log;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.common.Columns;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected event in full: what happened, and its payload as text and hex side by side. */
final class EventDetailsView extends VBox {
    private final Label header = new Label("Select an event to see its payload.");
    // Built on the first selection: two text areas are a tenth of the window's nodes at start-up.
    private TextArea text;
    private TextArea hex;

    EventDetailsView(ObjectProperty<NetEvent> selected) {
        header.setId("logDetailsHeader");
        header.setWrapText(true);
        header.getStyleClass().add(Styles.TEXT_SMALL);
        getChildren().setAll(header);
        setSpacing(6);
        getStyleClass().add("log-details");
        selected.addListener((obs, old, event) -> show(event));
    }

    private void buildPayloadViews() {
        text = new TextArea();
        hex = new TextArea();
        for (TextArea area : new TextArea[] {text, hex}) {
            area.setEditable(false);
            area.setWrapText(true);
            area.getStyleClass().add("mono");
            HBox.setHgrow(area, Priority.ALWAYS);
            area.setPrefColumnCount(16);
        }
        text.setId("logDetailsText");
        hex.setId("logDetailsHex");
        Button copyText = new Button("Copy text");
        Button copyHex = new Button("Copy hex");
        copyText.setId("logCopyText");
        copyHex.setId("logCopyHex");
        copyText.setOnAction(e -> copy(text.getText()));
        copyHex.setOnAction(e -> copy(hex.getText()));
        HBox areas = new HBox(6, text, hex);
        VBox.setVgrow(areas, Priority.ALWAYS);
        HBox buttons = new HBox(6, copyText, copyHex);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(header, areas, buttons);
    }

    private void show(NetEvent event) {
        if (event == null) {
            header.setText("Select an event to see its payload.");
            if (text != null) {
                text.clear();
                hex.clear();
            }
            return;
        }
        if (text == null) {
            buildPayloadViews();
        }
        String kept = event.payload().isCut()
                ? " · first " + event.payload().keptLength() + " of " + event.payload().totalLength() + " bytes kept"
                : "";
        header.setText("#" + event.sequence() + " " + Columns.clock(event.time()) + " " + event.endpoint() + " "
                + event.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (event.peer().isEmpty() ? "" : " " + event.peer()) + kept
                + (event.message().isEmpty() ? "" : "\n" + event.message()));
        text.setText(event.payload().display());
        hex.setText(event.payload().hex());
    }

    private static void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
