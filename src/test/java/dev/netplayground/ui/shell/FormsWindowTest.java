package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Refused values in the forms: the field is marked, the message is whole, and both go once it is fixed. */
@Timeout(60)
class FormsWindowTest extends WindowTest {
    private static boolean marked(Node field) {
        return field.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("danger"));
    }

    @Test
    void aRefusedPortIsMarkedAndItsErrorGoesAsSoonAsItIsFixed(FxRobot robot) {
        TextField port = robot.lookup("#tcpServerPort").queryAs(TextField.class);
        TextField maxLine = robot.lookup("#tcpServerMaxLine").queryAs(TextField.class);
        Label error = robot.lookup("#tcpServerError").queryAs(Label.class);
        robot.interact(() -> port.setText("abc"));
        robot.clickOn("#tcpServerStart");
        assertThat(error.getText())
                .isEqualTo("'abc' is not a number: enter a port from 0 to 65535 (0 picks a free one).");
        assertThat(marked(port)).isTrue();
        assertThat(marked(maxLine)).isFalse();
        robot.interact(() -> port.setText("70000"));
        assertThat(error.isVisible()).isTrue();
        assertThat(marked(port)).isTrue();
        robot.interact(() -> port.setText("0"));
        assertThat(error.getText()).isEmpty();
        assertThat(error.isVisible()).isFalse();
        assertThat(marked(port)).isFalse();
    }

    @Test
    void theNumberFieldsMessageShowsWholeWithTheRange(FxRobot robot) {
        resize(robot, 1366, 768);
        robot.clickOn("HTTP");
        TextField number = robot.lookup("#httpClientNumber").queryAs(TextField.class);
        robot.interact(() -> number.setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#httpClientNumberError").queryAs(Label.class);
        assertThat(error.getText()).endsWith("a whole number from 0 to 4294967295 (digits only).");
        assertThat(marked(number)).isTrue();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(Clipping.problems(window.root())));
        assertThat(problems).isEmpty();
        robot.interact(() -> number.setText("5"));
        assertThat(marked(number)).isFalse();
    }

    @Test
    void aSenderMessageThatIsNotHexIsMarkedUntilItIs(FxRobot robot) {
        robot.clickOn("UDP");
        TextField message = robot.lookup("#udpSenderMessage").queryAs(TextField.class);
        TextField port = robot.lookup("#udpSenderPort").queryAs(TextField.class);
        robot.interact(() -> {
            port.setText("9");
            robot.lookup("#udpSenderInputMode").queryAs(ChoiceBox.class).getSelectionModel().select(1);
            message.setText("zz");
        });
        robot.clickOn("#udpSenderSend");
        Label error = robot.lookup("#udpSenderError").queryAs(Label.class);
        assertThat(error.getText()).isNotEmpty();
        assertThat(marked(message)).isTrue();
        robot.interact(() -> message.setText("48 69"));
        assertThat(error.getText()).isEmpty();
        assertThat(marked(message)).isFalse();
    }
}
