package dev.netplayground.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.EventLog;
import dev.netplayground.engine.event.NetEvent;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** Counters per endpoint and per second, without a window (the view model needs no toolkit). */
class StatsViewModelTest {
    private static final long SECOND = 1_000_000_000L;

    private static List<NetEvent> received(int count, String endpoint) {
        EventLog log = new EventLog();
        for (int i = 0; i < count; i++) {
            log.emitter(endpoint).emitData(EventKind.RECEIVED, "127.0.0.1:1", new byte[10]);
        }
        return log.snapshot();
    }

    @Test
    void countsEventsAndBytesPerEndpointAndPerSecond() {
        StatsViewModel model = new StatsViewModel();
        model.onEvents(received(3, "udp-receiver-1"), 0);
        model.onEvents(received(2, "udp-receiver-1"), SECOND / 2);
        model.onEvents(List.of(), SECOND + 1);
        EndpointStats stats = model.endpoints().get(0);
        assertThat(stats.eventsProperty().get()).isEqualTo(5);
        assertThat(stats.bytesInProperty().get()).isEqualTo(50);
        // The second that just ended is the newest point of the chart.
        assertThat(model.eventsPerSecond().get(StatsViewModel.WINDOW_SECONDS - 1).y()).isEqualTo(5);
    }

    @Test
    void whileHiddenItCountsButShowsNothingUntilShown() {
        StatsViewModel model = new StatsViewModel();
        SimpleBooleanProperty showing = new SimpleBooleanProperty(false);
        model.showWhile(showing);
        model.onEvents(received(4, "tcp-server-1"), 0);
        model.onEvents(List.of(), SECOND + 1);
        EndpointStats stats = model.endpoints().get(0);
        assertThat(stats.eventsProperty().get()).isZero();
        assertThat(model.eventsPerSecond().get(StatsViewModel.WINDOW_SECONDS - 1).y()).isZero();
        showing.set(true);
        assertThat(stats.eventsProperty().get()).isEqualTo(4);
        assertThat(model.eventsPerSecond().get(StatsViewModel.WINDOW_SECONDS - 1).y()).isEqualTo(4);
    }
}
