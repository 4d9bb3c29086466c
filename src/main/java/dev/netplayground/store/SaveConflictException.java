package dev.netplayground.store;

/**
 * A file is not what the caller based its change on: it changed, appeared or went away on disk
 * (another program, another instance). Nothing was written; the caller decides.
 */
public final class SaveConflictException extends Exception {
    private final transient ItemKey key;
    private final transient Revision onDisk;

    SaveConflictException(ItemKey key, Revision basedOn, Revision onDisk) {
        super(describe(key, basedOn, onDisk));
        this.key = key;
        this.onDisk = onDisk;
    }

    private static String describe(ItemKey key, Revision basedOn, Revision onDisk) {
        if (basedOn.equals(Revision.NONE)) {
            return key.path() + " already exists; overwrite it or choose another name.";
        }
        if (onDisk.equals(Revision.NONE)) {
            return key.path() + " was deleted on disk after it was loaded; save it again to bring it back.";
        }
        return key.path() + " changed on disk after it was loaded; reload it, or overwrite the change on disk.";
    }

    public ItemKey key() {
        return key;
    }

    /** What is on disk now ({@link Revision#NONE} when the file is gone). */
    public Revision onDisk() {
        return onDisk;
    }
}
