package dev.netplayground.ui.shell;

import dev.netplayground.ui.common.SendShortcut;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts (F1): read off the menus, plus the keys that work everywhere. FX thread. */
final class ShortcutsDialog {
    private static final String[][] EVERYWHERE = {
        {SendShortcut.displayText(), "Send from the client (or connection) the focus is in"},
        {"Ctrl++ / Ctrl+- (keypad too)", "Larger / smaller text"},
        {"Tab / Shift+Tab", "Move to the next / previous control"},
        {"Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab"},
        {"Space or Enter", "Press the focused button"},
        {"Alt, or F10", "Open the menus (underlined letters choose)"},
    };

    private ShortcutsDialog() {}

    static void show(Window owner, List<MenuItem> menuItems) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Every action can be reached from the keyboard.");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (MenuItem item : menuItems) {
            grid.addRow(row++, keys(item.getAccelerator().getDisplayText()),
                    new Label(item.getText().replace("_", "")));
        }
        for (String[] line : EVERYWHERE) {
            grid.addRow(row++, keys(line[0]), new Label(line[1]));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private static Label keys(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return label;
    }
}
