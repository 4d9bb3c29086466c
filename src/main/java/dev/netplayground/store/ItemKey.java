package dev.netplayground.store;

import java.util.regex.Pattern;

/** Which item: its kind and name; its file is {@code <kind folder>/<name>.json}. */
public record ItemKey(ItemKind kind, String name) implements Comparable<ItemKey> {
    public static final String EXTENSION = ".json";
    private static final int MAX_NAME_LENGTH = 100;
    // Characters that some file system refuses, so a workspace can move between systems.
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");

    public ItemKey {
        if (kind == null) {
            throw new IllegalArgumentException("An item needs a kind.");
        }
        checkName(name);
    }

    /** @throws IllegalArgumentException saying why {@code name} cannot name an item */
    public static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An item needs a name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("'" + name + "' is too long for an item name: at most "
                    + MAX_NAME_LENGTH + " characters.");
        }
        if (FORBIDDEN.matcher(name).find()) {
            throw new IllegalArgumentException("'" + name + "' cannot be an item name: names cannot contain"
                    + " / \\ : * ? \" < > | or control characters.");
        }
        if (name.startsWith(".") || name.startsWith(" ") || name.endsWith(".") || name.endsWith(" ")) {
            throw new IllegalArgumentException("'" + name + "' cannot be an item name: names cannot start with a"
                    + " dot or a space, nor end with one.");
        }
    }

    /** The file's path inside the workspace, with {@code /}: e.g. {@code messages/hello.json}. */
    public String path() {
        return kind.folder() + "/" + name + EXTENSION;
    }

    @Override
    public int compareTo(ItemKey other) {
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byName = String.CASE_INSENSITIVE_ORDER.compare(name, other.name);
        return byName != 0 ? byName : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return kind.folder() + "/" + name;
    }
}
