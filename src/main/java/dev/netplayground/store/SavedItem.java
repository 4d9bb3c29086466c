package dev.netplayground.store;

/** What a workspace file holds: one message, request, endpoint preset or sequence. */
public sealed interface SavedItem permits MessageItem, HttpRequestItem, EndpointPreset, SequenceItem {
    /** The kind, which says the folder the item is saved in. */
    ItemKind kind();

    /** One line for lists, e.g. {@code tcp 127.0.0.1:5000 "hello\n"}. */
    String summary();
}
