package dev.netplayground.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toolkit's pulse timer, replaced: it rests while nothing changes and pulses at once when something does. */
@ExtendWith(ApplicationExtension.class)
class RestingPulseTimerTest {
    private Label label;

    @Start
    void show(Stage stage) {
        label = new Label("at rest");
        stage.setScene(new Scene(label, 200, 100));
        stage.show();
    }

    @Test
    void restsWhileNothingChangesAndPulsesWhenSomethingDoes() throws Exception {
        RestingPulseTimer timer = onFx(RestingPulses::swapTimer).orElseThrow();
        waitFor(timer::isResting);

        CountDownLatch laidOut = new CountDownLatch(1);
        boolean restingAfterChange = onFx(() -> {
            label.getScene().addPostLayoutPulseListener(laidOut::countDown);
            label.setText("changed");
            return timer.isResting();
        });
        assertThat(restingAfterChange).isFalse();
        assertThat(laidOut.await(5, TimeUnit.SECONDS)).as("a pulse lays the change out").isTrue();

        waitFor(timer::isResting);
    }

    @Test
    void aPressIsAnsweredByAPulseWithoutWaitingForATick() throws Exception {
        RestingPulseTimer timer = onFx(RestingPulses::swapTimer).orElseThrow();
        try {
            onFx(() -> {
                timer.answerInputAtOnce(label.getScene());
                timer.stop(); // no tick from now on: only the press can bring a pulse
                return null;
            });
            CountDownLatch laidOut = new CountDownLatch(1);
            onFx(() -> {
                label.setOnMousePressed(event -> label.setText("pressed"));
                label.getScene().addPostLayoutPulseListener(laidOut::countDown);
                Event.fireEvent(label, new MouseEvent(MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10, MouseButton.PRIMARY, 1,
                        false, false, false, false, true, false, false, false, false, false, null));
                return null;
            });
            assertThat(laidOut.await(5, TimeUnit.SECONDS)).as("the press's change is laid out by a pulse").isTrue();
        } finally {
            onFx(RestingPulses::swapTimer); // a ticking timer again, for what runs after this test
        }
    }

    @Test
    void theInstalledAppGivesItTheAccessItNeeds() throws Exception {
        List<String> options = Files.readAllLines(Path.of("packaging/java-options"));
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : RestingPulses.JVM_OPTIONS) {
            assertThat(options).contains(option);
            assertThat(pom).contains("<option>" + option + "</option>");
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
