package dev.netplayground.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** A dialog that shows something and has a Close button: About, Keyboard shortcuts, a crash. FX thread only. */
final class InfoDialog {
    private InfoDialog() {}

    /** A dialog over {@code owner} with {@code content}, a Close button and {@code id} on its pane; not shown yet. */
    static Dialog<Void> create(Window owner, String id, String title, String header, Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    /** A heading or key in the dialog's table. */
    static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
