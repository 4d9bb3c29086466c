package dev.netplayground.ui.session;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

/**
 * Visits every node a pane is made of, also before it was ever shown: the containers that are
 * controls hold their parts as items or content until their skin exists, so those are read
 * directly. A control's own skin (a combo box's editor, a table's cells) is not visited.
 */
final class SceneWalk {
    private SceneWalk() {}

    static void visit(Node node, Consumer<Node> visitor) {
        if (node == null) {
            return;
        }
        visitor.accept(node);
        for (Node part : parts(node)) {
            visit(part, visitor);
        }
    }

    private static List<? extends Node> parts(Node node) {
        return switch (node) {
            case SplitPane split -> split.getItems();
            case ScrollPane scroll -> nullable(scroll.getContent());
            case TitledPane titled -> nullable(titled.getContent());
            case Accordion accordion -> accordion.getPanes();
            case TabPane tabs -> tabs.getTabs().stream().map(tab -> tab.getContent()).filter(c -> c != null).toList();
            case ToolBar bar -> bar.getItems();
            case Control control -> List.of();
            case Parent parent -> parent.getChildrenUnmodifiable();
            default -> List.of();
        };
    }

    private static List<Node> nullable(Node node) {
        return node == null ? List.of() : List.of(node);
    }
}
