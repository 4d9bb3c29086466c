package dev.netplayground.store;

import java.util.Locale;
import java.util.Optional;

/** The kinds of saved items; each lives in its own folder of the workspace. */
public enum ItemKind {
    MESSAGES("message", MessageItem.class),
    REQUESTS("request", HttpRequestItem.class),
    ENDPOINTS("endpoint preset", EndpointPreset.class),
    SEQUENCES("sequence", SequenceItem.class);

    private final String label;
    private final Class<? extends SavedItem> type;

    ItemKind(String label, Class<? extends SavedItem> type) {
        this.label = label;
        this.type = type;
    }

    /** The folder under the workspace: the constant's name, as in {@code messages}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What one item is called in sentences, e.g. {@code endpoint preset}. */
    public String label() {
        return label;
    }

    public Class<? extends SavedItem> type() {
        return type;
    }

    public static Optional<ItemKind> ofFolder(String folder) {
        String wanted = folder.toLowerCase(Locale.ROOT);
        for (ItemKind kind : values()) {
            if (kind.folder().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
