package dev.netplayground.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/** Which pane a node belongs to, for Ctrl+S: the view of each pane is marked with its {@link ItemPane}. FX thread. */
public final class ItemPanes {
    private static final String KEY = "netplayground.itemPane";

    private ItemPanes() {}

    /** Marks {@code view} as the pane {@code pane} saves and loads. */
    public static void mark(Node view, ItemPane pane) {
        view.getProperties().put(KEY, pane);
    }

    /** The pane around {@code node} (the focus owner), if it is inside a marked view. */
    public static Optional<ItemPane> around(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get(KEY) instanceof ItemPane pane) {
                return Optional.of(pane);
            }
        }
        return Optional.empty();
    }

    /** A tab whose panes save and load items. */
    public interface Owner {
        /** Its panes, building the tab if it was never shown. FX thread. */
        List<ItemPane> itemPanes();
    }
}
