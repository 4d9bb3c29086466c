package dev.netplayground.store;

/** An item as read from its file, with the revision to pass back when saving it. */
public record Loaded(ItemKey key, SavedItem item, Revision revision) {}
