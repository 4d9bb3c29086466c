package dev.netplayground.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Shows one crash: what happened in words, where the report is, and the report to copy. FX thread. */
final class CrashDialog {
    private CrashDialog() {}

    static void show(Window owner, CrashReporter.Crash crash) {
        Label where = new Label(crash.file() != null
                ? "The report below was saved to " + crash.file() + ". Please attach it if you report the problem."
                : "The report below " + crash.saveError() + ". Copy it if you report the problem.");
        where.setWrapText(true);
        TextArea report = new TextArea(crash.report());
        report.setId("crashReport");
        report.setEditable(false);
        report.setPrefColumnCount(80);
        report.setPrefRowCount(16);
        report.setAccessibleText("Crash report");
        VBox content = new VBox(8, where, report);
        content.setPrefWidth(720);
        Dialog<Void> dialog = InfoDialog.create(owner, "crashDialog", "Net Playground: something went wrong",
                "Something went wrong inside Net Playground. It keeps running.", content);
        dialog.initModality(Modality.NONE);
        ButtonType copy = new ButtonType("Copy report", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(copy);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        copyButton.setId("crashCopy");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(crash.report());
            Clipboard.getSystemClipboard().setContent(text);
            e.consume(); // keep the dialog open
        });
        dialog.show();
    }
}
