package dev.netplayground.ui.common;

import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.Lang;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.snippet.Snippets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;

/**
 * "Copy as…" on an endpoint pane: the program that does what the pane is set up to do, in the
 * language picked, put on the clipboard. FX thread only.
 */
public final class CopyAsButton extends MenuButton {
    /**
     * @param id    the button's id, e.g. {@code tcpServerCopyAs}; each item's id adds the language
     *              ({@code tcpServerCopyAsJava}, {@code tcpServerCopyAsRustTokio}, {@code httpClientCopyAsCurl})
     * @param setup the pane's current setup, read when an item is picked
     */
    public CopyAsButton(String id, Kind kind, Supplier<SnippetSetup> setup) {
        super("Copy as…");
        setId(id);
        getStyleClass().add("small");
        getItems().setAll(items(id, kind, setup));
    }

    /** The menu items of every language that writes {@code kind}, with ids as the button's; for other menus too. */
    public static List<MenuItem> items(String id, Kind kind, Supplier<SnippetSetup> setup) {
        List<MenuItem> items = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            if (!Snippets.supports(lang, kind)) {
                continue;
            }
            items.add(item(id, lang, false, lang == Lang.RUST ? rustLabel(kind) : lang.label(), setup));
            if (lang == Lang.RUST && kind != Kind.HTTP_SERVER) {
                items.add(item(id, lang, true, "Rust (tokio)", setup));
            }
        }
        return items;
    }

    private static String rustLabel(Kind kind) {
        return switch (kind) {
            case HTTP_SERVER -> "Rust (hyper)";
            case HTTP_POST -> "Rust (blocking reqwest)";
            default -> "Rust (std::net)";
        };
    }

    private static MenuItem item(String id, Lang lang, boolean async, String label, Supplier<SnippetSetup> setup) {
        MenuItem item = new MenuItem(label);
        String name = lang.cliName();
        item.setId(id + Character.toUpperCase(name.charAt(0)) + name.substring(1) + (async ? "Tokio" : ""));
        item.setOnAction(e -> {
            String program;
            try {
                program = Snippets.generate(lang, setup.get().withAsync(async));
            } catch (IllegalArgumentException bad) {
                new Alert(Alert.AlertType.WARNING, "Nothing was copied: " + bad.getMessage()).show();
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(program);
            Clipboard.getSystemClipboard().setContent(content);
        });
        return item;
    }

    /** The pane with the button over its top right corner, beside its title, leaving its layout alone. */
    public static Node over(Node pane, CopyAsButton button) {
        StackPane stack = new StackPane(pane, button);
        StackPane.setAlignment(button, Pos.TOP_RIGHT);
        StackPane.setMargin(button, new Insets(8, 12, 0, 0));
        return stack;
    }
}
