package dev.netplayground.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.load.FutureDemo;
import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The future demonstration without a window: the FX thread is the test's own, and the
 * background runs only when the test lets it, so the state between start and end shows.
 */
@Timeout(30)
class FutureDemoViewModelTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final FutureDemoViewModel model = new FutureDemoViewModel(background::add, Runnable::run);

    @Test
    void runsBlockingThenConcurrentAndTellsBoth() {
        model.task1Property().set("1");
        model.task2Property().set("0.1");
        model.start();
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Running blocking…");
        assertThat(model.toldProperty().get()).isEqualTo("Timeline of the two tasks: running.");
        assertThat(model.plannedSeconds()).isEqualTo(1.1);

        background.remove().run();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.runs()).extracting(FutureDemo.Run::mode)
                .containsExactly(FutureDemo.Mode.BLOCKING, FutureDemo.Mode.CONCURRENT);
        assertThat(FutureDemoViewModel.order(model.runs().get(0))).isEqualTo("1, 1, 2, 2");
        // Both start before either finishes; which starts first is the scheduler's choice.
        assertThat(FutureDemoViewModel.order(model.runs().get(1))).matches("(1, 2|2, 1), 2, 1");
        assertThat(model.statusProperty().get())
                .matches("blocking \\d+\\.\\d s \\(the sum\\), concurrent \\d+\\.\\d s \\(the longest\\)");
        assertThat(model.toldProperty().get()).startsWith("Timeline of the two tasks. Blocking: task1 from 0.0 s to ")
                .contains("; prints 1, 1, 2, 2; total ", " Concurrent: task1 from ");
    }

    @Test
    void startingAgainForgetsTheLastRuns() {
        model.task1Property().set("0.1");
        model.task2Property().set("0.1");
        model.start();
        background.remove().run();
        assertThat(model.runs()).hasSize(2);
        model.start();
        assertThat(model.runs()).isEmpty();
        assertThat(model.toldProperty().get()).isEqualTo("Timeline of the two tasks: running.");
    }

    @Test
    void aSleepOutOfRangeIsSaidAndMarkedAndNothingRuns() {
        model.task2Property().set("31");
        model.start();
        assertThat(model.errorProperty().get()).isEqualTo("Each task sleeps from 0.1 to 30 seconds.");
        assertThat(model.checks().invalid(model.task2Property()).get()).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(background).isEmpty();

        model.task2Property().set("2");
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
