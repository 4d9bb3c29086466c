package dev.netplayground.store;

/**
 * Hears of changes someone else made to a workspace's files. Called on the watch thread: be
 * fast, take no locks the caller of the workspace may hold, and hand work to another thread.
 */
@FunctionalInterface
public interface WorkspaceListener {
    /**
     * An item's file now differs from what this app last read or wrote.
     *
     * @param onDisk its revision now; {@link Revision#NONE} when it was deleted
     */
    void changed(ItemKey key, Revision onDisk);
}
