package dev.netplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class CappedRowsTest {
    private int next;

    private List<String> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> "e" + next++).toList();
    }

    private static List<String> recordChanges(CappedRows<String> list) {
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<String>) change -> {
            StringBuilder text = new StringBuilder();
            while (change.next()) {
                text.append(change.wasRemoved() ? "-" + change.getRemovedSize() : "")
                        .append(change.wasAdded() ? "+" + change.getAddedSize() : "");
            }
            changes.add(text.toString());
        });
        return changes;
    }

    @Test
    void keepsTheNewestInOrderAndFiresOneChangePerAppend() {
        CappedRows<String> list = new CappedRows<>(5);
        List<String> changes = recordChanges(list);
        list.append(rows(3));
        list.append(rows(4));
        assertThat(list).containsExactly("e2", "e3", "e4", "e5", "e6");
        list.append(rows(12));
        assertThat(list).containsExactly("e14", "e15", "e16", "e17", "e18");
        assertThat(changes).containsExactly("+3", "-2+4", "-5+5");
    }

    @Test
    void clearEmpties() {
        CappedRows<String> list = new CappedRows<>(5);
        list.append(rows(3));
        list.clear();
        assertThat(list).isEmpty();
        list.append(rows(1));
        assertThat(list).hasSize(1);
    }

    @Test
    void holdsRowsWhileHiddenAndShowsTheNewestInOneChangeWhenShown() {
        CappedRows<String> list = new CappedRows<>(5);
        List<String> changes = recordChanges(list);
        SimpleBooleanProperty showing = new SimpleBooleanProperty(true);
        list.showWhile(showing);
        list.append(rows(2));
        showing.set(false);
        for (int i = 0; i < 100; i++) {
            list.append(rows(3));
        }
        assertThat(list).containsExactly("e0", "e1");
        assertThat(list.heldCount()).isEqualTo(5);
        assertThat(changes).containsExactly("+2");
        showing.set(true);
        assertThat(list).containsExactly("e297", "e298", "e299", "e300", "e301");
        assertThat(changes).containsExactly("+2", "-2+5");
        assertThat(list.heldCount()).isZero();
    }

    @Test
    void clearWhileHiddenDropsHeldRowsToo() {
        CappedRows<String> list = new CappedRows<>(5);
        SimpleBooleanProperty showing = new SimpleBooleanProperty(false);
        list.showWhile(showing);
        list.append(rows(3));
        list.clear();
        showing.set(true);
        assertThat(list).isEmpty();
    }
}
