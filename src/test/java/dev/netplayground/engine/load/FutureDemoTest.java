package dev.netplayground.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.load.FutureDemo.Mode;
import dev.netplayground.engine.load.FutureDemo.Step;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The talk's two tasks with short durations; orders are exact, times have a tolerance. */
@Timeout(10)
class FutureDemoTest {
    private static final Duration TASK1 = Duration.ofMillis(300);
    private static final Duration TASK2 = Duration.ofMillis(150);

    @Test
    void blockingRunsOneAfterTheOther() throws Exception {
        FutureDemo.Run run = FutureDemo.run(Mode.BLOCKING, TASK1, TASK2);
        assertThat(run.steps()).extracting(s -> s.what() + " " + s.task())
                .containsExactly("Started task1", "Finished task1", "Started task2", "Finished task2");
        assertThat(run.totalMillis()).isBetween(450L, 450L + 250);
    }

    @Test
    void concurrentInterleavesAndTakesTheLongest() throws Exception {
        FutureDemo.Run run = FutureDemo.run(Mode.CONCURRENT, TASK1, TASK2);
        // Both start at once (either may log first), then the shorter one finishes first.
        assertThat(run.steps().subList(0, 2)).extracting(Step::what).containsOnly("Started");
        assertThat(run.steps().subList(2, 4)).extracting(s -> s.what() + " " + s.task())
                .containsExactly("Finished task2", "Finished task1");
        assertThat(run.totalMillis()).isBetween(300L, 300L + 250);
    }
}
