package dev.netplayground.ui.saved;

import dev.netplayground.store.ItemKey;
import dev.netplayground.ui.common.Forms;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for an item's name (field id {@code saveItemName}); Enter confirms. A name no file can have
 * is explained under the field and cannot be confirmed. FX thread only.
 */
public final class ItemNameDialog {
    private ItemNameDialog() {}

    /** Shows the dialog and waits; the name typed, stripped, or empty when cancelled. */
    public static Optional<String> ask(Window owner, String title, String header, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextField name = new TextField(initial);
        name.setId("saveItemName");
        name.setAccessibleText("Name");
        name.setPrefColumnCount(24);
        Label problem = Forms.errorLabel("saveItemNameProblem");
        dialog.getDialogPane().setContent(new VBox(6, name, problem));
        dialog.getDialogPane().setId("itemNameDialog");
        ButtonType ok = new ButtonType(initial.isEmpty() ? "Save" : "OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        name.textProperty().addListener((obs, old, now) -> problem.setText(problemWith(now)));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(problem.textProperty().isNotEmpty()
                .or(name.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ok ? name.getText().strip() : null);
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        return dialog.showAndWait();
    }

    private static String problemWith(String name) {
        if (name.isBlank()) {
            return "";
        }
        try {
            ItemKey.checkName(name.strip());
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
