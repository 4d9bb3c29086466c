package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/**
 * What a screen reader can name: every field, choice, list, table, progress bar and chart on
 * every tab has a label pointing at it (labelFor), its own text, or an accessible text.
 */
@Timeout(60)
class AccessibleWindowTest extends WindowTest {
    private static boolean needsName(Node node) {
        return node instanceof TextInputControl || node instanceof ChoiceBox<?> || node instanceof ComboBoxBase<?>
                || node instanceof ListView<?> || node instanceof TableView<?> || node instanceof ProgressIndicator
                || node instanceof Chart;
    }

    /** The controls that need a name, not looking inside them (their skins' parts are theirs). */
    private static void collect(Node node, List<Node> controls, Set<Node> labelled) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (needsName(node)) {
            controls.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, controls, labelled));
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
    }

    @Test
    void everyControlOnEveryTabHasAName(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        onEveryTab(robot, tab -> {
            List<Node> controls = new ArrayList<>();
            Set<Node> labelled = new HashSet<>();
            collect(window.root(), controls, labelled);
            for (Node control : controls) {
                boolean ownText = control instanceof Labeled labeled && !labeled.getText().isBlank();
                String accessible = control.getAccessibleText();
                if (!ownText && !labelled.contains(control) && (accessible == null || accessible.isBlank())) {
                    unnamed.add(tab + ": " + describe(control));
                }
            }
        });
        assertThat(unnamed).isEmpty();
    }
}
