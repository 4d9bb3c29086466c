package dev.netplayground.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link Engine} and an {@link EventRecorder} on its log for each test; after the test it
 * closes the engine and checks that none of its threads is left. Register a new one per test
 * instance with {@code @RegisterExtension}.
 */
public final class EngineExtension implements AfterEachCallback {
    private final Engine engine = new Engine();
    private final EventRecorder recorder = EventRecorder.on(engine.log());

    public Engine engine() {
        return engine;
    }

    public EventRecorder recorder() {
        return recorder;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        engine.close();
        assertThat(engine.isTerminated()).as("the engine's executors stopped").isTrue();
        assertThat(Threads.engineThreads()).as("engine threads left after the test").isEmpty();
    }
}
