package dev.netplayground.testing;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.common.PaneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The view-models of a pane test, held as their tab holds them: an engine, a {@link TestFxThread}
 * that hands every model the log's events, and after each test every model disposed, then the
 * engine closed. Register a new one per test instance with {@code @RegisterExtension}.
 */
public final class PaneModels implements AfterEachCallback {
    private final Engine engine = new Engine();
    private final TestFxThread fx = TestFxThread.on(engine.log());
    private final List<PaneModel> models = new ArrayList<>();

    public Engine engine() {
        return engine;
    }

    public TestFxThread fx() {
        return fx;
    }

    /**
     * Makes a pane's model as its tab does, from the engine and the FX thread ({@code TcpServerViewModel::new}), feeds
     * it the log's events and disposes it after the test; returns it.
     */
    public <M extends PaneModel> M add(BiFunction<Engine, Executor, M> create) {
        M model = create.apply(engine, fx);
        models.add(model);
        fx.follow(model::onEvents);
        return model;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        models.forEach(PaneModel::dispose);
        engine.close();
    }
}
