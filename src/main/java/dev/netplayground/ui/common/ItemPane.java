package dev.netplayground.ui.common;

import dev.netplayground.store.SavedItem;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A pane whose setup is saved as an item (Ctrl+S) and loaded from one (the Saved panel). FX thread only.
 *
 * @param save  the pane's setup as an item; throws IllegalArgumentException with the form's sentence
 * @param loads whether {@code load} takes this item
 * @param load  fills the form from the item; throws IllegalArgumentException saying why it cannot
 */
public record ItemPane(Supplier<SavedItem> save, Predicate<SavedItem> loads, Consumer<SavedItem> load) {}
