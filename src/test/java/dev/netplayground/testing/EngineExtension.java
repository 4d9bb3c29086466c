package dev.netplayground.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@link Engine} and an {@link EventRecorder} on its log, as
 * constructor or method parameters, and after the test closes the engine and checks that
 * none of its threads is left. Tests of one class run one after the other (JUnit's default),
 * so the engine of the test being run is simply the last one made.
 */
public final class EngineExtension implements ParameterResolver, AfterEachCallback {
    private Engine engine;
    private EventRecorder recorder;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Engine.class || type == EventRecorder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (engine == null) {
            engine = new Engine();
            recorder = EventRecorder.on(engine.log());
        }
        return parameter.getParameter().getType() == Engine.class ? engine : recorder;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (engine == null) {
            return;
        }
        Engine closing = engine;
        engine = null;
        recorder = null;
        closing.close();
        assertThat(closing.isTerminated()).as("the engine's executors stopped").isTrue();
        assertThat(Threads.engineThreads()).as("engine threads left after the test").isEmpty();
    }
}
