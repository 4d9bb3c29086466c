package dev.netplayground.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class CappedEventListTest {
    private final EventLog log = new EventLog();

    private List<NetEvent> events(int count) {
        int before = log.snapshot().size();
        for (int i = 0; i < count; i++) {
            log.emitter("e").emit(EventKind.STARTED, "", "e" + (before + i));
        }
        List<NetEvent> all = log.snapshot();
        return all.subList(before, all.size());
    }

    @Test
    void keepsTheNewestInOrderAndFiresOneChangePerAppend() {
        CappedEventList list = new CappedEventList(5);
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<NetEvent>) change -> {
            StringBuilder text = new StringBuilder();
            while (change.next()) {
                text.append(change.wasRemoved() ? "-" + change.getRemovedSize() : "")
                        .append(change.wasAdded() ? "+" + change.getAddedSize() : "");
            }
            changes.add(text.toString());
        });
        list.append(events(3));
        list.append(events(4));
        assertThat(list).extracting(NetEvent::message).containsExactly("e2", "e3", "e4", "e5", "e6");
        list.append(events(12));
        assertThat(list).extracting(NetEvent::message).containsExactly("e14", "e15", "e16", "e17", "e18");
        assertThat(changes).containsExactly("+3", "-2+4", "-5+5");
    }

    @Test
    void clearEmpties() {
        CappedEventList list = new CappedEventList(5);
        list.append(events(3));
        list.clear();
        assertThat(list).isEmpty();
        list.append(events(1));
        assertThat(list).hasSize(1);
    }
}
