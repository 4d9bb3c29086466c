package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing cut at the window's first size (1200x800) and the two screen sizes people open it at:
 * every tab, and the log's bar with an invalid regular expression typed (its error used to
 * squeeze every control to "...").
 */
@Timeout(60)
class ClippingWindowTest extends WindowTest {
    private static final int[][] SIZES = {{1200, 800}, {1366, 768}, {1400, 900}};

    /** The problems on every tab at the given size, each prefixed with the size and the tab. */
    private List<String> problemsOnEveryTab(FxRobot robot, int width, int height) {
        resize(robot, width, height);
        List<String> problems = new ArrayList<>();
        onEveryTab(robot, tab -> Clipping.problems(window.root())
                .forEach(problem -> problems.add(width + "x" + height + " " + tab + ": " + problem)));
        return problems;
    }

    @Test
    void nothingIsCutOnAnyTabAtEitherSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            problems.addAll(problemsOnEveryTab(robot, size[0], size[1]));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anInvalidRegexIsExplainedWholeAndTheLogBarStaysReadable(FxRobot robot) {
        resize(robot, 1366, 768);
        robot.interact(() -> {
            robot.lookup("#logRegex").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#logSearch").queryAs(TextField.class).setText("[abc");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#logSearch").queryAs(TextField.class);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(Clipping.problems(window.root())));
        assertThat(problems).isEmpty();
        assertThat(robot.lookup("#logFilterError").queryLabeled().getText()).contains("Unclosed character class");
        assertThat(search.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        robot.interact(() -> search.setText("[abc]"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#logFilterError").queryLabeled().isVisible()).isFalse();
        assertThat(search.getPseudoClassStates()).extracting(Object::toString).doesNotContain("danger");
    }
}
