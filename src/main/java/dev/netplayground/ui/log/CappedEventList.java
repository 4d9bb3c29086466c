package dev.netplayground.ui.log;

import dev.netplayground.engine.event.NetEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The newest {@code capacity} events in a ring, as an observable list. Appending a batch that
 * pushes old events out fires one change (a removal at the front, an addition at the end),
 * in time proportional to the batch, not to the list: a flood costs the same per pulse
 * whether the list is empty or full. FX thread only; read-only to everyone else.
 */
final class CappedEventList extends ObservableListBase<NetEvent> {
    private final NetEvent[] ring;
    private int head;
    private int size;

    CappedEventList(int capacity) {
        this.ring = new NetEvent[capacity];
    }

    @Override
    public NetEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return ring[(head + index) % ring.length];
    }

    @Override
    public int size() {
        return size;
    }

    /** Appends the batch, dropping the oldest events beyond the capacity. */
    void append(List<NetEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<NetEvent> added = batch.size() > ring.length ? batch.subList(batch.size() - ring.length, batch.size()) : batch;
        int overflow = Math.max(0, size + added.size() - ring.length);
        beginChange();
        if (overflow > 0) {
            List<NetEvent> removed = new ArrayList<>(overflow);
            for (int i = 0; i < overflow; i++) {
                removed.add(get(i));
                ring[(head + i) % ring.length] = null;
            }
            head = (head + overflow) % ring.length;
            size -= overflow;
            nextRemove(0, removed);
        }
        int from = size;
        for (NetEvent event : added) {
            ring[(head + size) % ring.length] = event;
            size++;
        }
        nextAdd(from, size);
        endChange();
    }

    /** Removes every event. */
    @Override
    public void clear() {
        if (size == 0) {
            return;
        }
        List<NetEvent> removed = new ArrayList<>(this);
        java.util.Arrays.fill(ring, null);
        head = 0;
        size = 0;
        beginChange();
        nextRemove(0, removed);
        endChange();
    }
}
