package dev.netplayground.ui.shell;

import dev.netplayground.ui.common.TextScale;
import dev.netplayground.ui.log.LogView;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every action of the window with its mnemonic and shortcut, so each is reachable
 * from the keyboard and the shortcut list (F1) is read off the menus. FX thread.
 */
final class AppMenu {
    /** What the menus act on. */
    record Actions(TabPane tabs, LogView log, BooleanProperty darkTheme, BooleanProperty keepEverything,
            TextScale text, Runnable resetLayout, Runnable quit, Runnable showShortcuts, Runnable showAbout) {}

    private AppMenu() {}

    static MenuBar create(Actions actions) {
        MenuBar bar = new MenuBar(file(actions), edit(actions), view(actions), tools(actions), help(actions));
        bar.setId("menuBar");
        return bar;
    }

    /** Every menu item that has a shortcut, in menu order: what the shortcut list shows. */
    static List<MenuItem> withShortcuts(MenuBar bar) {
        List<MenuItem> found = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, found));
        return found;
    }

    private static void collect(Menu menu, List<MenuItem> found) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, found);
            } else if (item.getAccelerator() != null) {
                found.add(item);
            }
        }
    }

    private static Menu file(Actions actions) {
        Menu export = new Menu("_Export log");
        export.getItems().setAll(actions.log().newExportItems());
        return new Menu("_File", null, export, new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", "menuQuit", actions.quit()));
    }

    private static Menu edit(Actions actions) {
        return new Menu("_Edit", null,
                item("_Find in log", "Shortcut+F", "menuFindInLog", actions.log()::focusSearch),
                item("_Clear log", "Shortcut+L", "menuClearLog", actions.log()::clear));
    }

    private static Menu view(Actions actions) {
        Menu view = new Menu("_View");
        int number = 1;
        for (Tab tab : actions.tabs().getTabs()) {
            view.getItems().add(item("_" + number + " " + tab.getText(), "Shortcut+" + number,
                    "menuTab" + number, () -> actions.tabs().getSelectionModel().select(tab)));
            number++;
        }
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menuDarkTheme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(actions.darkTheme());
        TextScale text = actions.text();
        view.getItems().addAll(new SeparatorMenuItem(), dark,
                item("_Larger text", "Shortcut+Equals", "menuTextLarger", text::larger),
                item("_Smaller text", "Shortcut+Minus", "menuTextSmaller", text::smaller),
                item("_Normal text size", "Shortcut+0", "menuTextReset", text::reset),
                new SeparatorMenuItem(),
                item("_Reset layout", null, "menuResetLayout", actions.resetLayout()));
        return view;
    }

    private static Menu tools(Actions actions) {
        CheckMenuItem keep = new CheckMenuItem("_Keep every event in a file");
        keep.setId("menuKeepEverything");
        keep.selectedProperty().bindBidirectional(actions.keepEverything());
        return new Menu("_Tools", null, keep);
    }

    private static Menu help(Actions actions) {
        return new Menu("_Help", null,
                item("_Keyboard shortcuts", "F1", "menuShortcuts", actions.showShortcuts()),
                item("_About Net Playground", null, "menuAbout", actions.showAbout()));
    }

    private static MenuItem item(String text, String shortcut, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
