package dev.netplayground.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Saved messages and requests sent one after the other.
 *
 * @param steps       item names, each a message or request ({@code hello}, or {@code messages/hello} when a
 *                    message and a request share the name)
 * @param delayMillis waited between two steps
 */
public record SequenceItem(
        @JsonProperty(required = true) List<String> steps,
        @JsonProperty(required = true) long delayMillis) implements SavedItem {
    public SequenceItem {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("A sequence needs at least one step.");
        }
        if (steps.stream().anyMatch(step -> step == null || step.isBlank())) {
            throw new IllegalArgumentException("Every step must name a saved message or request.");
        }
        steps = List.copyOf(steps);
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must not be negative.");
        }
    }

    @Override
    public ItemKind kind() {
        return ItemKind.SEQUENCES;
    }

    @Override
    public String summary() {
        return steps.size() + (steps.size() == 1 ? " step" : " steps") + ", " + delayMillis + " ms apart: "
                + String.join(", ", steps);
    }
}
