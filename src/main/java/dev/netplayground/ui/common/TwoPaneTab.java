package dev.netplayground.ui.common;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A tab of two panes side by side, a server's on the left and a client's on the right, each under its
 * "Copy as…" button and marked with what it saves and loads (the Saved tab reaches them through
 * {@link #itemPanes}).
 */
public abstract class TwoPaneTab extends EngineTab implements ItemPanes.Owner {
    private List<ItemPane> itemPanes;

    /** One pane of the tab: its view, what it saves and loads, and its "Copy as…" button. */
    public record Side(Node view, ItemPane items, CopyAsButton copyAs) {}

    protected TwoPaneTab(String title, String id, Engine engine, FxEventPump pump, Executor fx) {
        super(title, id, engine, pump, fx);
    }

    /** The two panes, half the width each, as {@link #build} returns them; the split's id is the tab's + "Split". */
    protected final SplitPane sideBySide(Side left, Side right) {
        itemPanes = List.of(left.items(), right.items());
        ItemPanes.mark(left.view(), left.items());
        ItemPanes.mark(right.view(), right.items());
        SplitPane split = new SplitPane(CopyAsButton.over(left.view(), left.copyAs()),
                CopyAsButton.over(right.view(), right.copyAs()));
        split.setId(getId() + "Split");
        split.setDividerPositions(0.5);
        return split;
    }

    @Override
    public final List<ItemPane> itemPanes() {
        ensureBuilt();
        return itemPanes;
    }
}
