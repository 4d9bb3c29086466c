package dev.netplayground.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.store.Session;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs without the JavaFX toolkit: observable collections and properties need none. */
class LogViewModelTest {
    private final EventLog log = new EventLog();

    private List<NetEvent> events(String endpoint, int count) {
        int before = log.snapshot().size();
        for (int i = 0; i < count; i++) {
            log.emitter(endpoint).emit(EventKind.RECEIVED, "peer", endpoint + " " + i);
        }
        List<NetEvent> all = log.snapshot();
        return all.subList(before, all.size());
    }

    @Test
    void keepsOnlyTheNewestRows() {
        LogViewModel model = new LogViewModel(100);
        model.onEvents(events("a", 80));
        model.onEvents(events("a", 50));
        assertThat(model.visibleEvents()).hasSize(100);
        assertThat(model.visibleEvents().get(99).message()).isEqualTo("a 49");
        model.onEvents(events("a", 250));
        assertThat(model.visibleEvents()).hasSize(100);
        assertThat(model.visibleEvents().get(0).message()).isEqualTo("a 150");
    }

    @Test
    void pauseHoldsNewEventsAndCountsThemUntilResumed() {
        LogViewModel model = new LogViewModel(100);
        model.onEvents(events("a", 3));
        model.pausedProperty().set(true);
        model.onEvents(events("a", 5));
        assertThat(model.visibleEvents()).hasSize(3);
        assertThat(model.pendingWhilePausedProperty().get()).isEqualTo(5);
        model.pausedProperty().set(false);
        assertThat(model.visibleEvents()).hasSize(8);
        assertThat(model.pendingWhilePausedProperty().get()).isZero();
    }

    @Test
    void filtersByEndpointAndListsEndpointsInOrder() {
        LogViewModel model = new LogViewModel(100);
        model.onEvents(events("tcp-server-2", 2));
        model.onEvents(events("tcp-client-1", 3));
        assertThat(model.endpoints()).containsExactly(LogViewModel.ALL_ENDPOINTS, "tcp-client-1", "tcp-server-2");
        model.endpointFilterProperty().set("tcp-client-1");
        assertThat(model.visibleEvents()).hasSize(3).allMatch(e -> e.endpoint().equals("tcp-client-1"));
        model.onEvents(events("tcp-server-2", 1));
        assertThat(model.visibleEvents()).hasSize(3);
        model.endpointFilterProperty().set(LogViewModel.ALL_ENDPOINTS);
        assertThat(model.visibleEvents()).hasSize(6);
    }

    @Test
    void clearEmptiesThePanelOnly() {
        LogViewModel model = new LogViewModel(100);
        model.onEvents(events("a", 4));
        model.clear();
        assertThat(model.visibleEvents()).isEmpty();
        assertThat(log.published()).isEqualTo(4);
    }

    @Test
    void theFiltersGoToTheSessionAndComeBackFromIt() {
        LogViewModel model = new LogViewModel(100);
        model.endpointFilterProperty().set("udp-receiver-1");
        model.kinds().retainAll(EnumSet.of(EventKind.SENT, EventKind.RECEIVED));
        model.directionProperty().set(DirectionFilter.IN);
        model.textProperty().set("^ping");
        model.regexProperty().set(true);

        Session.LogFilters saved = model.sessionFilters();
        LogViewModel restored = new LogViewModel(100);
        restored.restoreFilters(saved);

        assertThat(saved).isEqualTo(new Session.LogFilters("udp-receiver-1", List.of("received", "sent"), "in",
                "^ping", true));
        assertThat(restored.filter()).isEqualTo(model.filter());
        assertThat(restored.endpointFilterProperty().get()).isEqualTo("udp-receiver-1");
    }

    @Test
    void everyKindIsSavedAsNoneAndNoKnownKindRestoresAll() {
        LogViewModel model = new LogViewModel(100);
        assertThat(model.sessionFilters()).isEqualTo(new Session.LogFilters(null, List.of(), "any", "", false));

        model.kinds().remove(EventKind.FAILED);
        model.restoreFilters(new Session.LogFilters(null, List.of("no-such-kind"), "sideways", null, null));

        assertThat(model.filter()).isEqualTo(LogFilter.ALL);
    }
}
