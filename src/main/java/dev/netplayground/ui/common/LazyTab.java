package dev.netplayground.ui.common;

import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab that stays light until it is first selected, then builds its content once: what a
 * user never opens costs nothing at start-up. It owns its subscriptions to the event pump and
 * drops them on {@link #dispose}. FX thread only.
 */
public abstract class LazyTab extends Tab {
    private final FxEventPump pump;
    private final List<Consumer<List<NetEvent>>> consumers = new ArrayList<>();
    private final List<PaneModel> models = new ArrayList<>();
    private boolean built;

    protected LazyTab(String title, String id, FxEventPump pump) {
        super(title);
        this.pump = pump;
        setId(id);
        setClosable(false);
        selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                ensureBuilt();
            }
        });
    }

    /** Builds the content now if it was not yet, for what drives the tab from elsewhere (the Guide). */
    protected final void ensureBuilt() {
        if (!built) {
            built = true;
            setContent(build());
        }
    }

    /** Makes the tab's view models and panes; called once, on first selection. */
    protected abstract Node build();

    /** Gives the consumer every batch of events, once per pulse, until {@link #dispose}. */
    protected final void follow(Consumer<List<NetEvent>> consumer) {
        consumers.add(consumer);
        pump.addConsumer(consumer);
    }

    /** Gives the pane's model every batch of events, and disposes it with the tab; returns it. */
    protected final <M extends PaneModel> M own(M model) {
        models.add(model);
        follow(model::onEvents);
        return model;
    }

    /** Unsubscribes, then lets what {@link #build} made stop what it runs. FX thread. */
    public final void dispose() {
        consumers.forEach(pump::removeConsumer);
        consumers.clear();
        models.forEach(PaneModel::dispose);
        models.clear();
        if (built) {
            disposeBuilt();
        }
    }

    /** Stops what {@link #build} started (servers, clients, runs); only called if it ran. */
    protected void disposeBuilt() {}
}
