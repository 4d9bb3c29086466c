package dev.netplayground.ui.guide;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The Guide's state: its steps, the one shown, and what "Run it here" last did. FX thread only. */
public final class GuideViewModel {
    private final List<GuideStep> steps;
    private final BiConsumer<GuideAction, Consumer<String>> runner;
    private final ObjectProperty<GuideStep> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** @param runner starts a step's endpoints and reports, in sentences, what it did */
    public GuideViewModel(List<GuideStep> steps, BiConsumer<GuideAction, Consumer<String>> runner) {
        this.steps = List.copyOf(steps);
        this.runner = runner;
        selected.set(this.steps.get(0));
        selected.addListener((obs, old, now) -> status.set(""));
    }

    /** Starts the selected step's endpoints in their tabs. */
    public void run() {
        GuideStep step = selected.get();
        if (step != null) {
            runner.accept(step.action(), status::set);
        }
    }

    public List<GuideStep> steps() {
        return steps;
    }

    public ObjectProperty<GuideStep> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
