package dev.netplayground.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * What a person would see cut in the window as laid out now: a label, button or header ending
 * in "..." that its text does not, a placeholder wider than its field, or a label running past
 * the edge of the pane that holds it. Table and list cells are left out: they elide long values
 * by design and show them whole in a tooltip. FX thread only.
 */
final class Clipping {
    private static final String ELLIPSIS = "...";

    private Clipping() {}

    /** One line per problem found under {@code root}, saying what and where. */
    static List<String> problems(Parent root) {
        List<String> problems = new ArrayList<>();
        visit(root, problems);
        return problems;
    }

    private static void visit(Node node, List<String> problems) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, problems);
        }
        if (node instanceof TextField field) {
            check(field, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, problems);
            }
        }
    }

    private static void check(Labeled labeled, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        String shown = shownText(labeled);
        if (shown != null && shown.contains(ELLIPSIS) && !text.contains(ELLIPSIS)) {
            problems.add("cut to \"" + shown + "\": " + describe(labeled));
            return;
        }
        String outside = outsideItsPane(labeled);
        if (outside != null) {
            problems.add("past the edge of " + outside + ": " + describe(labeled));
        }
    }

    private static void check(TextField field, List<String> problems) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty() || !field.getText().isEmpty()) {
            return;
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        Insets padding = field.getPadding();
        double room = field.getWidth() - padding.getLeft() - padding.getRight();
        if (measure.getLayoutBounds().getWidth() > room + 0.5) {
            problems.add("placeholder \"" + prompt + "\" wider than its field (" + Math.round(room) + " px): "
                    + describe(field));
        }
    }

    /** The text the skin draws: the label's own, or cut with "..." when it does not fit. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /**
     * The pane whose clip hides part of the node, or null. Only sideways for what scrolls up and
     * down (a scroll pane's content below the fold is not cut, it is further down).
     */
    private static String outsideItsPane(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return null;
        }
        boolean scrolls = false;
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            scrolls |= parent instanceof ScrollPane;
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            Node clip = parent.getClip();
            if (clip == null) {
                continue;
            }
            Bounds area = parent.localToScene(clip.getBoundsInParent());
            boolean sideways = bounds.getMinX() < area.getMinX() - 0.5 || bounds.getMaxX() > area.getMaxX() + 0.5;
            boolean upOrDown = bounds.getMinY() < area.getMinY() - 0.5 || bounds.getMaxY() > area.getMaxY() + 0.5;
            if (sideways || upOrDown && !scrolls) {
                return describe(parent);
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        String id = node.getId() == null ? "" : " #" + node.getId();
        for (Node parent = node.getParent(); id.isEmpty() && parent != null; parent = parent.getParent()) {
            if (parent.getId() != null) {
                id = " in #" + parent.getId();
            }
        }
        return name + text + id;
    }
}
