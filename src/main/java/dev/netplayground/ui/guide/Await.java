package dev.netplayground.ui.guide;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Runs an action once, when a condition over some values first holds (at once, if it already does). */
final class Await {
    private Await() {}

    /**
     * FX thread. Re-checks {@code condition} on every change of one of {@code observed} (change
     * listeners, so no change is missed as an invalidation can be); stops listening once fired.
     */
    static void until(BooleanSupplier condition, Runnable action, ObservableValue<?>... observed) {
        if (condition.getAsBoolean()) {
            action.run();
            return;
        }
        List<ObservableValue<?>> sources = List.of(observed);
        ChangeListener<Object> check = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<?> changed, Object old, Object now) {
                if (condition.getAsBoolean()) {
                    sources.forEach(source -> source.removeListener(this));
                    action.run();
                }
            }
        };
        sources.forEach(source -> source.addListener(check));
    }
}
