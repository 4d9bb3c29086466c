package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.ui.guide.CodeView;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** The Guide driven by clicks, headless: a step's code shows, and "Run it here" starts its endpoints live. */
@Timeout(60)
class GuideWindowTest extends WindowTest {
    private static final String GREETING = "hello from the Guide";

    /** Opens the Guide at step {@code index}, counted from 0. */
    private static void openStep(FxRobot robot, int index) {
        robot.clickOn("Guide");
        ListView<?> steps = robot.lookup("#guideSteps").queryListView();
        robot.interact(() -> steps.getSelectionModel().select(index));
    }

    /** Waits until the Guide's status line, which says what a run did, is {@code done}. */
    private static void waitForStatus(FxRobot robot, Predicate<String> done) throws Exception {
        Label status = robot.lookup("#guideStatus").queryAs(Label.class);
        waitFor(() -> done.test(status.getText()));
    }

    @Test
    void theAsyncTcpStepShowsTokioAndVirtualThreadsAndRunsAnEchoInTheTcpTab(FxRobot robot) throws Exception {
        openStep(robot, 2);
        CodeView rust = robot.lookup("#guideRust").queryAs(CodeView.class);
        CodeView java = robot.lookup("#guideJava").queryAs(CodeView.class);
        assertThat(onFx(rust::source)).contains("tokio::spawn", "#[tokio::main]");
        assertThat(onFx(java::source)).contains("Thread.ofVirtual().start(() -> serve(client))");

        robot.clickOn("#guideCopyRust");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(onFx(rust::source));

        robot.clickOn("#guideRun");
        waitForLogged(robot, e -> e.endpoint().startsWith("tcp-server")
                && e.kind() == EventKind.STARTED && e.message().contains("VIRTUAL"));
        waitForLogged(robot, e -> e.endpoint().startsWith("tcp-server")
                && e.kind() == EventKind.RECEIVED && e.payload().display().startsWith(GREETING));
        waitForLogged(robot, e -> e.endpoint().startsWith("tcp-client")
                && e.kind() == EventKind.RECEIVED && e.payload().display().startsWith(GREETING));
        waitForStatus(robot, status -> status.startsWith("TCP tab: a server (Virtual threads) on port "));
        assertThat(onFx(robot.lookup("#tcpServerStatus").queryAs(Label.class)::getText)).contains("Virtual threads");
    }

    @Test
    void theUdpStepStartsAReceiverInTheUdpTabNeverOpenedAndSendsItADatagram(FxRobot robot) throws Exception {
        openStep(robot, 1);
        robot.clickOn("#guideRun");
        waitForLogged(robot, e -> e.endpoint().startsWith("udp-receiver")
                && e.kind() == EventKind.RECEIVED && e.payload().display().equals(GREETING));
        waitForStatus(robot, status -> status.contains("with a 1500-byte buffer got a datagram"));
    }

    @Test
    void theHttpClientStepPostsADataToTheServerItStarts(FxRobot robot) throws Exception {
        openStep(robot, 7);
        robot.clickOn("#guideRun");
        waitForLogged(robot, e -> e.endpoint().startsWith("http-server")
                && e.message().contains("200"));
    }

    @Test
    void theErrorsStepShowsTheRefusalAsAValue(FxRobot robot) throws Exception {
        openStep(robot, 8);
        robot.clickOn("#guideRun");
        waitForStatus(robot, status -> status.contains("The refusal came back as a value: \"Connection refused"));
    }

    @Test
    void everyStepRunsWithOneClickOneAfterTheOther(FxRobot robot) throws Exception {
        robot.clickOn("Guide");
        ListView<?> steps = robot.lookup("#guideSteps").queryListView();
        Label status = robot.lookup("#guideStatus").queryAs(Label.class);
        int count = onFx(() -> steps.getItems().size());
        assertThat(count).isGreaterThanOrEqualTo(9);
        for (int i = 0; i < count; i++) {
            int step = i;
            robot.interact(() -> steps.getSelectionModel().select(step));
            showTab(robot, "Guide");
            robot.clickOn("#guideRun");
            // Done: a sentence saying what runs where, not a start still under way or a failure.
            waitFor(() -> !status.getText().isEmpty() && !status.getText().startsWith("Starting"));
            assertThat(onFx(status::getText)).as("step %d", step).doesNotContainIgnoringCase("could not");
        }
    }
}
