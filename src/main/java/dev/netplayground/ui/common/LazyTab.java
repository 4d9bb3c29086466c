package dev.netplayground.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab that stays light until it is first selected, then builds its content once: what a
 * user never opens costs nothing at start-up. FX thread only.
 */
public abstract class LazyTab extends Tab {
    private boolean built;

    protected LazyTab(String title, String id) {
        super(title);
        setId(id);
        setClosable(false);
        selectedProperty().addListener((obs, was, now) -> {
            if (now && !built) {
                built = true;
                setContent(build());
            }
        });
    }

    /** Makes the tab's view models and panes; called once, on first selection. */
    protected abstract Node build();

    /** Whether {@link #build} has run (so there is something to dispose). */
    protected final boolean isBuilt() {
        return built;
    }
}
