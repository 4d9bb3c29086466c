package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What the first frame styles: the shown tab's panes only; every other tab builds its own when first shown. */
class FirstFrameWindowTest extends WindowTest {
    @Test
    void onlyTheShownTabHasPanesUntilAnotherIsSelected(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        List<String> built = onFx(() -> tabs.getTabs().stream().filter(tab -> tab.getContent() != null)
                .map(Tab::getId).toList());
        assertThat(built).containsExactly(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()));

        showTab(robot, "Saved");
        assertThat(robot.lookup("#savedItems").tryQuery()).isPresent();
    }
}
