package dev.netplayground.ui.saved;

import dev.netplayground.store.ItemKind;
import dev.netplayground.store.LoadProblem;
import dev.netplayground.store.Loaded;

/** One line of the Saved panel's tree: a kind's group, an item, or a file that cannot be read. */
public sealed interface SavedEntry {
    /** What the line says. */
    String text();

    /** A kind, with how many of its items the filter shows. */
    record Group(ItemKind kind, int count) implements SavedEntry {
        @Override
        public String text() {
            String name = kind.label();
            return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "s (" + count + ")";
        }
    }

    /** A saved item, as read from its file. */
    record Item(Loaded loaded) implements SavedEntry {
        @Override
        public String text() {
            return loaded.key().name();
        }

        /** One line on what it is, e.g. {@code tcp 127.0.0.1:5000 "hello\n"}. */
        public String summary() {
            return loaded.item().summary();
        }
    }

    /** A file of the kind's folder that cannot be read; it is shown, never rewritten. */
    record Unreadable(ItemKind kind, LoadProblem problem) implements SavedEntry {
        @Override
        public String text() {
            return problem.message();
        }
    }
}
