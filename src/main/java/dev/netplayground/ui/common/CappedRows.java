package dev.netplayground.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableListBase;

/**
 * The newest {@code capacity} rows in a ring, as an observable list. Appending a batch fires
 * one change (a removal at the front, an addition at the end) in time proportional to the
 * batch, not to the list: a flood costs the same per pulse whether the list is empty or full.
 *
 * <p>While not shown ({@link #showWhile}), appends are held back without firing anything, and
 * the held rows arrive as one change when it is shown again: a hidden table costs nothing.
 * FX thread only; read-only to everyone else.
 */
public final class CappedRows<T> extends ObservableListBase<T> {
    private final Object[] ring;
    private final ArrayDeque<T> held = new ArrayDeque<>();
    private int head;
    private int size;
    private boolean shown = true;

    public CappedRows(int capacity) {
        this.ring = new Object[capacity];
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (T) ring[(head + index) % ring.length];
    }

    @Override
    public int size() {
        return size;
    }

    /** Appends the rows, dropping the oldest beyond the capacity, in one change (none while hidden). */
    public void append(List<? extends T> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (!shown) {
            hold(batch);
            return;
        }
        List<? extends T> added = batch.size() > ring.length
                ? batch.subList(batch.size() - ring.length, batch.size())
                : batch;
        int overflow = Math.max(0, size + added.size() - ring.length);
        beginChange();
        if (overflow > 0) {
            List<T> removed = new ArrayList<>(overflow);
            for (int i = 0; i < overflow; i++) {
                removed.add(get(i));
                ring[(head + i) % ring.length] = null;
            }
            head = (head + overflow) % ring.length;
            size -= overflow;
            nextRemove(0, removed);
        }
        int from = size;
        for (T row : added) {
            ring[(head + size) % ring.length] = row;
            size++;
        }
        nextAdd(from, size);
        endChange();
    }

    private void hold(List<? extends T> batch) {
        held.addAll(batch);
        while (held.size() > ring.length) {
            held.removeFirst();
        }
    }

    /** Rows appended while hidden, not yet shown. */
    public int heldCount() {
        return held.size();
    }

    /** Fires changes only while {@code showing} is true; what arrives meanwhile shows when it turns true. */
    public void showWhile(ObservableBooleanValue showing) {
        setShown(showing.get());
        showing.addListener((obs, was, now) -> setShown(now));
    }

    private void setShown(boolean now) {
        shown = now;
        if (now && !held.isEmpty()) {
            List<T> rows = List.copyOf(held);
            held.clear();
            append(rows);
        }
    }

    /** Removes every row, shown and held. */
    @Override
    public void clear() {
        held.clear();
        if (size == 0) {
            return;
        }
        List<T> removed = new ArrayList<>(this);
        Arrays.fill(ring, null);
        head = 0;
        size = 0;
        beginChange();
        nextRemove(0, removed);
        endChange();
    }
}
