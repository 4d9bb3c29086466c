package dev.netplayground.ui.common;

import dev.netplayground.engine.event.NetEvent;
import java.util.List;

/** The view-model of one pane as its tab drives it: the log's events once per pulse, and a dispose. FX thread. */
public interface PaneModel {
    /** Takes the events of one pulse; a pane that shows none ignores them. */
    default void onEvents(List<NetEvent> batch) {}

    /** Stops what the pane runs (its server, client or send) when the tab goes; does not wait. */
    void dispose();
}
