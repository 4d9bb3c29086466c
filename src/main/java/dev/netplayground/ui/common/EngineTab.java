package dev.netplayground.ui.common;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;

/** A lazy tab whose panes drive the engine: it keeps the engine and the FX executor for {@link #build}. */
public abstract class EngineTab extends LazyTab {
    private final Engine engine;
    private final Executor fx;

    protected EngineTab(String title, String id, Engine engine, FxEventPump pump, Executor fx) {
        super(title, id, pump);
        this.engine = engine;
        this.fx = fx;
    }

    protected final Engine engine() {
        return engine;
    }

    /** Where the panes' models hand their results back: the FX thread. */
    protected final Executor fx() {
        return fx;
    }
}
