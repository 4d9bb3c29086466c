package dev.netplayground.ui.shell;

import dev.netplayground.ui.common.SendShortcut;
import java.util.List;
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
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (MenuItem item : menuItems) {
            grid.addRow(row++, InfoDialog.bold(item.getAccelerator().getDisplayText()),
                    new Label(item.getText().replace("_", "")));
        }
        for (String[] line : EVERYWHERE) {
            grid.addRow(row++, InfoDialog.bold(line[0]), new Label(line[1]));
        }
        InfoDialog.create(owner, "shortcutsDialog", "Keyboard shortcuts",
                "Every action can be reached from the keyboard.", grid).show();
    }
}
