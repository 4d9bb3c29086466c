package dev.netplayground.store;

import java.util.List;

/** Everything a workspace holds: the items that could be read, in order, and the files that could not. */
public record Contents(List<Loaded> items, List<LoadProblem> problems) {
    public Contents {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public List<Loaded> items(ItemKind kind) {
        return items.stream().filter(loaded -> loaded.key().kind() == kind).toList();
    }
}
