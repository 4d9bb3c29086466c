package dev.netplayground.ui.common;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

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

    /** A server's pane on the left and a client's on the right, half the width each; its id is the tab's + "Split". */
    protected final SplitPane sideBySide(Node left, Node right) {
        SplitPane split = new SplitPane(left, right);
        split.setId(getId() + "Split");
        split.setDividerPositions(0.5);
        return split;
    }
}
