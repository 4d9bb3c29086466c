package dev.netplayground.ui.conditions;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.common.EngineTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** The Conditions tab: a proxy with network conditions between any client and server, changed live. */
public final class ConditionsTab extends EngineTab {
    /** Light until first shown: the panes are built when the tab is first selected. */
    public ConditionsTab(Engine engine, FxEventPump pump, Executor fx) {
        super("Conditions", "conditionsTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        ConditionsViewModel model = own(new ConditionsViewModel(engine(), fx()));
        SplitPane split = new SplitPane(new ConditionsView(model), new ConnectionsView(model));
        split.setId(getId() + "Split");
        split.setDividerPositions(0.5);
        return split;
    }
}
