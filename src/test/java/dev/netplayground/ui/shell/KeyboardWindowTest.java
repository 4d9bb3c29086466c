package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.ui.common.PaneCard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard-only use: Tab reaches every button, pane by pane, and a server and client can be driven without a mouse. */
@Timeout(90)
class KeyboardWindowTest extends WindowTest {
    /** More Tab presses than any tab has stops: a walk that does not come back is a trap. */
    private static final int MAX_STOPS = 150;

    private static Node focused(FxRobot robot) throws Exception {
        return onFx(() -> robot.listTargetWindows().stream()
                .filter(w -> w.isFocused() && w.getScene() != null)
                .map(w -> w.getScene().getFocusOwner())
                .findFirst().orElse(null));
    }

    private static void tab(FxRobot robot) {
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Tab until the control with this id has the focus; fails if it is never reached. */
    private static void tabTo(FxRobot robot, String id) throws Exception {
        for (int i = 0; i < MAX_STOPS; i++) {
            Node owner = focused(robot);
            if (owner != null && id.equals(owner.getId())) {
                return;
            }
            tab(robot);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /**
     * The pane a control belongs to: its card in a protocol tab (a card's corner buttons, such as
     * Copy as, sit beside it in a wrapper), else the tab it is on, else the nearest part of the
     * window with an id (the log, the status bar).
     */
    private static String paneOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof PaneCard) {
                return at.getClass().getSimpleName();
            }
            if (at instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    if (child instanceof PaneCard) {
                        return child.getClass().getSimpleName();
                    }
                }
            }
        }
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if ("mainTabs".equals(at.getId())) {
                return "the tab's own controls";
            }
        }
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at.getId() != null) {
                return "#" + at.getId();
            }
        }
        return "window";
    }

    private static void collectButtons(Node node, Set<Node> buttons) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof Button button) {
            buttons.add(button);
        }
        if (node instanceof Parent parent && !(node instanceof TableView<?>)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectButtons(child, buttons));
        }
    }

    @Test
    void tabWalksEveryButtonOfEveryTabOnePaneAtATime(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        int count = onFx(() -> tabs.getTabs().size());
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            int selected = index;
            robot.interact(() -> {
                tabs.getSelectionModel().select(selected);
                tabs.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String title = onFx(() -> tabs.getTabs().get(selected).getText());
            Set<Node> buttons = new HashSet<>();
            robot.interact(() -> collectButtons(tabs.getTabs().get(selected).getContent(), buttons));

            // One lap: from the tab headers round the whole window back to them.
            Node start = focused(robot);
            List<Node> lap = new ArrayList<>();
            for (int i = 0; i < MAX_STOPS; i++) {
                tab(robot);
                Node owner = focused(robot);
                if (owner == start) {
                    break;
                }
                lap.add(owner);
            }
            if (focused(robot) != start) {
                problems.add(title + ": Tab did not come back to the tab headers in " + MAX_STOPS + " presses");
                continue;
            }
            Set<Node> missed = new HashSet<>(buttons);
            lap.forEach(missed::remove);
            for (Node button : missed) {
                problems.add(title + ": Tab never reaches the button '" + onFx(((Button) button)::getText) + "'");
            }
            // Each pane's stops come in one run: leaving a pane and coming back later is a jumpy order.
            List<String> runs = new ArrayList<>();
            for (Node owner : lap) {
                String pane = paneOf(owner);
                if (runs.isEmpty() || !runs.getLast().equals(pane)) {
                    runs.add(pane);
                }
            }
            if (new LinkedHashSet<>(runs).size() != runs.size()) {
                problems.add(title + ": Tab leaves a pane and comes back to it: " + runs);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aServerAndAClientAreDrivenWithTheKeyboardAlone(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        tabTo(robot, "tcpServerStart");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Label serverStatus = robot.lookup("#tcpServerStatus").queryAs(Label.class);
        waitFor(() -> serverStatus.getText().startsWith("Listening on"));

        tabTo(robot, "tcpClientConnect");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Label clientStatus = robot.lookup("#tcpClientStatus").queryAs(Label.class);
        waitFor(() -> clientStatus.getText().startsWith("Connected to"));

        tabTo(robot, "tcpClientMessage");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("typed, never clicked");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitForLogged(robot, e -> e.kind() == EventKind.RECEIVED
                && e.endpoint().startsWith("tcp-server") && e.payload().display().equals("typed, never clicked\\n"));
    }
}
